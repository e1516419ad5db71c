# shellcheck shell=bash
# PostgreSQL: reused when it answers on 127.0.0.1:5432, otherwise installed from Debian's
# packages and started. Then one role and two databases per service: <svc> for the running
# platform and <svc>_test for the test suites, so tests never touch the demo's data. The gateway's
# suite and the end-to-end suite run packaged services of their own, each on a database of its own
# (<svc>_gateway_test, <svc>_e2e), so that they never clean the database another suite is using.

PG_PORT=5432
DATABASE_SERVICES=(ingestion feature model scoring gateway)
SUITE_DATABASES=(ingestion:ingestion_gateway_test scoring:scoring_gateway_test
    ingestion:ingestion_e2e feature:feature_e2e model:model_e2e scoring:scoring_e2e gateway:gateway_e2e)

pg_ready() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$HOST" -p "$PG_PORT"
    else
        port_open "$PG_PORT"
    fi
}

ensure_postgres() {
    say "PostgreSQL on $HOST:$PG_PORT"
    if pg_ready; then
        ok "reusing the server that already answers"
        [ "$(pg_admin 'show autovacuum' 2>/dev/null)" != off ] \
            || warn "autovacuum is off on this server: the outbox and declaration tables bloat and index-only scans read the table (see docs/operations.md, Database upkeep)"
    else
        command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
        local version
        version=$(ls /etc/postgresql | sort -V | tail -n 1)
        [ -n "$version" ] || die "PostgreSQL is installed but has no cluster in /etc/postgresql"
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start \
            || die "pg_ctlcluster $version main start failed"
        echo "$version" >"$PIDS/postgresql.started"
        wait_for 60 "PostgreSQL $version started" pg_ready || die "PostgreSQL did not accept connections within 60 s"
    fi
    ensure_databases
}

# Runs SQL as the database superuser, in database $2 (default postgres): over TCP where trust
# allows it, else as the postgres system user over the local socket (Debian's default peer
# authentication).
pg_admin() {
    local db=${2:-postgres}
    if PGCONNECT_TIMEOUT=5 psql -w -h "$HOST" -p "$PG_PORT" -U postgres -d "$db" -tAc 'select 1' >/dev/null 2>&1; then
        psql -w -h "$HOST" -p "$PG_PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 -tAc "$1"
    else
        as_root runuser -u postgres -- psql -p "$PG_PORT" -d "$db" -v ON_ERROR_STOP=1 -tAc "$1"
    fi
}

# VACUUM (ANALYZE) of every service database, as autovacuum would have done: bench/run calls it so
# that a server with autovacuum off is measured in the state a maintained production one is in.
vacuum_service_databases() {
    local svc
    for svc in "${DATABASE_SERVICES[@]}"; do
        pg_admin 'vacuum (analyze)' "$svc" >/dev/null || die "vacuum of database $svc failed"
    done
    ok "vacuumed and analysed the databases ${DATABASE_SERVICES[*]}"
}

ensure_databases() {
    command -v psql >/dev/null 2>&1 || apt_install postgresql-client
    local svc db
    for svc in "${DATABASE_SERVICES[@]}"; do
        # Local demo credentials (role = password = service name); production takes them from Secrets.
        if [ -z "$(pg_admin "select 1 from pg_roles where rolname = '$svc'")" ]; then
            pg_admin "create role $svc login password '$svc'" >/dev/null || die "cannot create role $svc"
        fi
        for db in "$svc" "${svc}_test"; do
            if [ -z "$(pg_admin "select 1 from pg_database where datname = '$db'")" ]; then
                pg_admin "create database $db owner $svc" >/dev/null || die "cannot create database $db"
            fi
        done
    done
    local entry
    for entry in "${SUITE_DATABASES[@]}"; do
        if [ -z "$(pg_admin "select 1 from pg_database where datname = '${entry#*:}'")" ]; then
            pg_admin "create database ${entry#*:} owner ${entry%%:*}" >/dev/null || die "cannot create database ${entry#*:}"
        fi
    done
    ok "databases ${DATABASE_SERVICES[*]}, their _test twins and the suites' own exist"
}

stop_postgres() {
    [ -f "$PIDS/postgresql.started" ] || return 0
    as_root pg_ctlcluster --skip-systemctl-redirect "$(cat "$PIDS/postgresql.started")" main stop \
        && ok "stopped PostgreSQL"
    rm -f "$PIDS/postgresql.started"
}

status_postgres() {
    if pg_ready; then
        [ -f "$PIDS/postgresql.started" ] && echo "postgresql   up (started by ./platform)" \
            || echo "postgresql   up (reused)"
    else
        echo "postgresql   down"
    fi
}
