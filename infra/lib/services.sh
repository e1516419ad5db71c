# shellcheck shell=bash
# The five Quarkus services, built with the Maven wrapper and run as packaged jars with the prod
# profile. Everything environment-specific reaches them as environment variables, exactly as it
# would in Kubernetes; the values here point at the local components.

# name:port:database
SERVICES=(
    "ingestion-service:8081:ingestion"
    "feature-service:8082:feature"
    "model-service:8083:model"
    "scoring-service:8084:scoring"
    "gateway:8080:gateway"
)

service_jar() {
    echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"
}

# True when some source or POM is newer than the packaged jars.
build_needed() {
    local entry name
    for entry in "${SERVICES[@]}"; do
        name=${entry%%:*}
        [ -f "$(service_jar "$name")" ] || return 0
        [ -z "$(find "$ROOT/$name/src" "$ROOT/$name/pom.xml" "$ROOT/service-common/src" "$ROOT/pom.xml" \
            -newer "$(service_jar "$name")" -type f -print -quit)" ] || return 0
    done
    return 1
}

build_services() {
    say "Building the services"
    if ! build_needed; then
        ok "packaged jars are up to date"
        return 0
    fi
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" package -DskipTests >"$LOGS/build.log" 2>&1 \
        || fail_with_log build "the build failed"
    ok "packaged"
}

service_ready() {
    curl -sf "http://$HOST:$1/q/health/ready" >/dev/null
}

start_service() {
    local name=$1 port=$2 database=$3
    if owned_pid "$name" >/dev/null; then
        ok "$name already running"
        return 0
    fi
    port_open "$port" && die "port $port is taken by a process this checkout did not start; $name cannot listen on it"
    local jar
    jar=$(service_jar "$name")
    (
        export QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$port" KEYCLOAK_URL="$KEYCLOAK_URL"
        if [ -n "$database" ]; then
            export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:$PG_PORT/$database" \
                QUARKUS_DATASOURCE_USERNAME="$database" QUARKUS_DATASOURCE_PASSWORD="$database"
        fi
        export RABBITMQ_HOST="$HOST" RABBITMQ_PORT="$RABBITMQ_PORT" RABBITMQ_USERNAME=guest RABBITMQ_PASSWORD=guest
        export S3_ENDPOINT="http://$HOST:$S3_PORT" S3_ACCESS_KEY="$S3_ACCESS_KEY" S3_SECRET_KEY="$S3_SECRET_KEY"
        # glibc's malloc keeps an arena per thread that ever allocated; native code (XGBoost, the
        # JIT) would otherwise hold tens of MB that no one uses.
        export MALLOC_ARENA_MAX=2
        # The gateway's Keycloak admin client; the demo realm's secret, never a production one.
        [ "$name" != gateway ] || export GATEWAY_KEYCLOAK_CLIENT_SECRET=customs-gateway-demo-secret
        start_owned "$name" "$jar" java "@$ROOT/infra/service-jvm.options" -jar "$jar"
    )
}

start_services() {
    say "Starting the services"
    local entry name port database
    for entry in "${SERVICES[@]}"; do
        IFS=: read -r name port database <<<"$entry"
        start_service "$name" "$port" "$database"
    done
    for entry in "${SERVICES[@]}"; do
        IFS=: read -r name port database <<<"$entry"
        wait_for 120 "$name ready on http://$HOST:$port" service_ready "$port" \
            || fail_with_log "$name" "$name did not become ready within 120 s"
    done
}

stop_services() {
    local index name
    for ((index = ${#SERVICES[@]} - 1; index >= 0; index--)); do
        name=${SERVICES[$index]%%:*}
        stop_owned "$name"
    done
}

status_services() {
    local entry name port database state
    for entry in "${SERVICES[@]}"; do
        IFS=: read -r name port database <<<"$entry"
        if owned_pid "$name" >/dev/null; then
            service_ready "$port" && state="ready   http://$HOST:$port" || state="starting"
        else
            state="down"
        fi
        printf '%-18s %s\n' "$name" "$state"
    done
}
