# shellcheck shell=bash
# RabbitMQ: reused when it answers on 127.0.0.1:5672, otherwise installed from Debian's packages
# and started on loopback only. The running platform uses the default virtual host "/"; the test
# suites use "customs-test", so that a platform left running never consumes a test's messages, and
# the gateway's and the end-to-end suites, which run packaged services of their own,
# "customs-gateway-test" and "customs-e2e", so that they never consume the messages of the
# services' own suites.

RABBITMQ_PORT=5672
RABBITMQ_NODE=rabbit@localhost
RABBITMQ_TEST_VHOSTS=(customs-test customs-gateway-test customs-e2e)

rabbitmq_ready() {
    port_open "$RABBITMQ_PORT"
}

rabbitmqctl_node() {
    if [ -f "$PIDS/rabbitmq.started" ]; then
        as_root rabbitmqctl -q -n "$RABBITMQ_NODE" "$@"
    else
        as_root rabbitmqctl -q "$@"
    fi
}

ensure_rabbitmq() {
    say "RabbitMQ on $HOST:$RABBITMQ_PORT"
    if rabbitmq_ready; then
        ok "reusing the broker that already answers"
    else
        command -v rabbitmq-server >/dev/null 2>&1 || apt_install rabbitmq-server
        # Debian's package may start a broker on all interfaces; stop it before ours.
        as_root rabbitmqctl -q -n "$RABBITMQ_NODE" stop >/dev/null 2>&1 || true
        touch "$PIDS/rabbitmq.started"
        as_root env RABBITMQ_NODE_IP_ADDRESS="$HOST" RABBITMQ_NODE_PORT="$RABBITMQ_PORT" \
            RABBITMQ_NODENAME="$RABBITMQ_NODE" ERL_EPMD_ADDRESS="$HOST" \
            RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
            rabbitmq-server -detached || die "rabbitmq-server -detached failed"
        wait_for 90 "RabbitMQ started" rabbitmqctl_node await_startup \
            || die "RabbitMQ did not start within 90 s (see /var/log/rabbitmq)"
    fi
    local vhost
    for vhost in "${RABBITMQ_TEST_VHOSTS[@]}"; do
        if ! rabbitmqctl_node list_vhosts 2>/dev/null | grep -qx "$vhost"; then
            rabbitmqctl_node add_vhost "$vhost" >/dev/null \
                || die "cannot create the virtual host $vhost (rabbitmqctl needs root)"
        fi
        rabbitmqctl_node set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null \
            || die "cannot grant guest access to $vhost"
    done
    ok "virtual hosts ${RABBITMQ_TEST_VHOSTS[*]} for the tests exist"
}

stop_rabbitmq() {
    [ -f "$PIDS/rabbitmq.started" ] || return 0
    as_root rabbitmqctl -q -n "$RABBITMQ_NODE" stop >/dev/null && ok "stopped RabbitMQ"
    rm -f "$PIDS/rabbitmq.started"
}

status_rabbitmq() {
    if rabbitmq_ready; then
        [ -f "$PIDS/rabbitmq.started" ] && echo "rabbitmq     up (started by ./platform)" \
            || echo "rabbitmq     up (reused)"
    else
        echo "rabbitmq     down"
    fi
}
