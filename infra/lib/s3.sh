# shellcheck shell=bash
# S3 object store on 127.0.0.1:9000: MinIO when a "minio" binary is on the PATH, otherwise
# s3proxy (org.gaul:s3proxy, fetched once from Maven Central) with a filesystem backend under
# .platform/s3. Buckets are created by the services that own them.

S3_PORT=9000
S3_VERSION_S3PROXY=4.1.0
# Local demo credentials; production takes them from a Secret.
S3_ACCESS_KEY=customs-local
S3_SECRET_KEY=customs-local-secret

s3_ready() {
    curl -s -o /dev/null "http://$HOST:$S3_PORT/"
}

ensure_s3() {
    say "S3 object store on $HOST:$S3_PORT"
    if owned_pid s3 >/dev/null; then
        ok "already running ($(cat "$STATE/s3/kind"))"
        return 0
    fi
    if port_open "$S3_PORT"; then
        warn "something this checkout did not start answers on port $S3_PORT; reusing it: it must accept access key $S3_ACCESS_KEY"
        return 0
    fi
    mkdir -p "$STATE/s3/data"
    if command -v minio >/dev/null 2>&1; then
        echo minio >"$STATE/s3/kind"
        MINIO_ROOT_USER="$S3_ACCESS_KEY" MINIO_ROOT_PASSWORD="$S3_SECRET_KEY" \
            start_owned s3 "$STATE/s3/data" \
            minio server --quiet --address "$HOST:$S3_PORT" --console-address "$HOST:9001" "$STATE/s3/data"
    else
        echo s3proxy >"$STATE/s3/kind"
        local jar
        jar=$(maven_artifact org.gaul s3proxy "$S3_VERSION_S3PROXY" jar jar-with-dependencies)
        cat >"$STATE/s3/s3proxy.properties" <<EOF
s3proxy.endpoint=http://$HOST:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$STATE/s3/data
EOF
        start_owned s3 "$STATE/s3/s3proxy.properties" \
            java -Xmx256m -jar "$jar" --properties "$STATE/s3/s3proxy.properties"
    fi
    wait_for 60 "$(cat "$STATE/s3/kind") started" s3_ready \
        || fail_with_log s3 "the S3 server did not answer within 60 s"
}

stop_s3() {
    stop_owned s3
}

status_s3() {
    if owned_pid s3 >/dev/null; then
        echo "s3           up ($(cat "$STATE/s3/kind"), started by ./platform)"
    elif port_open "$S3_PORT"; then
        echo "s3           up (reused)"
    else
        echo "s3           down"
    fi
}
