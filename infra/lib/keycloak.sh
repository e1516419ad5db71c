# shellcheck shell=bash
# Keycloak from org.keycloak:keycloak-quarkus-dist (zip fetched once into ~/.m2, unpacked into
# .platform/keycloak) on 127.0.0.1:8180, management port 9190 (9000 is S3's). It imports the
# realm infra/keycloak/customs-realm.json; when that file changes, the next start re-imports it
# into a fresh database. The bootstrap admin's password is generated once per checkout.

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9190
KEYCLOAK_URL="http://$HOST:$KEYCLOAK_PORT"
REALM_FILE="$ROOT/infra/keycloak/customs-realm.json"

keycloak_home() {
    echo "$STATE/keycloak/keycloak-$KEYCLOAK_VERSION"
}

keycloak_ready() {
    curl -sf "http://$HOST:$KEYCLOAK_MANAGEMENT_PORT/health/ready" >/dev/null \
        && curl -sf "$KEYCLOAK_URL/realms/customs/.well-known/openid-configuration" >/dev/null
}

realm_checksum() {
    sha256sum "$REALM_FILE" | cut -d' ' -f1
}

ensure_keycloak() {
    say "Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL"
    local home
    home=$(keycloak_home)
    if owned_pid keycloak >/dev/null; then
        if [ "$(cat "$STATE/keycloak/realm.sha256" 2>/dev/null)" = "$(realm_checksum)" ]; then
            wait_for 120 "already running" keycloak_ready || fail_with_log keycloak "Keycloak is running but not ready"
            return 0
        fi
        say "The realm file changed: restarting Keycloak with a fresh import"
        stop_owned keycloak
    fi
    if port_open "$KEYCLOAK_PORT" || port_open "$KEYCLOAK_MANAGEMENT_PORT"; then
        die "ports $KEYCLOAK_PORT/$KEYCLOAK_MANAGEMENT_PORT are taken by a process this checkout did not start (another checkout's Keycloak? run './platform down' there)"
    fi

    if [ ! -x "$home/bin/kc.sh" ]; then
        local zip
        zip=$(maven_artifact org.keycloak keycloak-quarkus-dist "$KEYCLOAK_VERSION" zip)
        mkdir -p "$STATE/keycloak"
        unzip -q -o "$zip" -d "$STATE/keycloak" || die "cannot unpack $zip"
    fi
    if [ ! -f "$STATE/keycloak/admin.env" ] || [ "$(cat "$STATE/keycloak/realm.sha256" 2>/dev/null)" != "$(realm_checksum)" ]; then
        # A fresh database imports the realm again; its bootstrap admin is created on its first start
        # only, with the credentials of admin.env, which are generated once per checkout.
        rm -rf "$home/data/h2"
    fi
    if [ ! -f "$STATE/keycloak/admin.env" ]; then
        umask 077
        printf 'KEYCLOAK_ADMIN_USERNAME=admin\nKEYCLOAK_ADMIN_PASSWORD=%s\n' \
            "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" >"$STATE/keycloak/admin.env"
        umask 022
    fi
    mkdir -p "$home/data/import"
    cp "$REALM_FILE" "$home/data/import/customs-realm.json"
    realm_checksum >"$STATE/keycloak/realm.sha256"

    # shellcheck disable=SC1091
    . "$STATE/keycloak/admin.env"
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USERNAME" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
        start_owned keycloak "$home" \
        "$home/bin/kc.sh" start-dev --http-host "$HOST" --http-port "$KEYCLOAK_PORT" \
        --http-management-port "$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true --import-realm
    wait_for 180 "Keycloak ready with the realm customs" keycloak_ready \
        || fail_with_log keycloak "Keycloak did not become ready within 180 s"
}

stop_keycloak() {
    stop_owned keycloak
}

status_keycloak() {
    if owned_pid keycloak >/dev/null; then
        keycloak_ready && echo "keycloak     up ($KEYCLOAK_URL, started by ./platform)" \
            || echo "keycloak     starting"
    elif port_open "$KEYCLOAK_PORT"; then
        echo "keycloak     up (not started by this checkout)"
    else
        echo "keycloak     down"
    fi
}
