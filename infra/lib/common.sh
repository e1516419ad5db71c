# shellcheck shell=bash
# Shared helpers of ./platform: paths, output, privilege, process bookkeeping, waiting.
# Sourced, never run. Every process the launcher starts gets a PID file under $STATE/pids and
# a log under $STATE/logs; "down" stops only processes whose PID file it wrote and whose command
# line still names this checkout, so it never touches anything else.

STATE="$ROOT/.platform"
PIDS="$STATE/pids"
LOGS="$STATE/logs"
HOST=127.0.0.1

say()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32m%s\033[0m %s\n' "ok" "$*"; }
warn() { printf '    \033[33mwarning:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

init_state() {
    mkdir -p "$PIDS" "$LOGS"
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root and sudo is not installed"
    fi
}

# Installs Debian packages that are missing (bare machines only).
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and this is not a Debian-like system: install them yourself"
    say "Installing ${missing[*]} from Debian packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_tools() {
    command -v java >/dev/null 2>&1 || die "a JDK 17 or newer is required (e.g. apt-get install openjdk-17-jdk-headless)"
    local needed=()
    command -v curl >/dev/null 2>&1 || needed+=(curl)
    command -v unzip >/dev/null 2>&1 || needed+=(unzip)
    [ ${#needed[@]} -eq 0 ] || apt_install "${needed[@]}"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# Waits until "$@" succeeds; $1 = seconds, $2 = what we wait for, rest = the probe command. The probe
# is run every $WAIT_INTERVAL seconds (default 1); a probe that returns $NEVER says it will never succeed.
NEVER=99
wait_for() {
    local seconds=$1 what=$2 interval=${WAIT_INTERVAL:-1}
    shift 2
    local waited=0 status
    while :; do
        status=0
        "$@" >/dev/null 2>&1 || status=$?
        [ "$status" -eq 0 ] && break
        [ "$status" -eq "$NEVER" ] && return "$NEVER"
        if [ "$waited" -ge "$seconds" ]; then
            return 1
        fi
        sleep "$interval"
        waited=$((waited + interval))
    done
    ok "$what (${waited}s)"
}

# The PID recorded for $1, if that process is still alive and still ours.
owned_pid() {
    local name=$1 file="$PIDS/$1.pid" pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$(cat "$PIDS/$name.marker")"; then
        echo "$pid"
        return 0
    fi
    rm -f "$file" "$PIDS/$name.marker"
    return 1
}

# Starts "$@" detached in its own session and process group, output to $LOGS/$1.log.
# $2 is a marker: a string of the command line that proves, later, that the PID is still ours.
start_owned() {
    local name=$1 marker=$2
    shift 2
    setsid "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$PIDS/$name.pid"
    echo "$marker" >"$PIDS/$name.marker"
}

# Stops a process started by start_owned: TERM to its process group, KILL after 30 s.
stop_owned() {
    local name=$1 pid
    pid=$(owned_pid "$name") || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        warn "$name did not stop within 30 s: killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$PIDS/$name.pid" "$PIDS/$name.marker"
    ok "stopped $name"
}

# Prints the tail of a log and fails: used when a component does not come up.
fail_with_log() {
    local name=$1 message=$2
    if [ -f "$LOGS/$name.log" ]; then
        echo "---- last lines of $LOGS/$name.log ----" >&2
        tail -n 40 "$LOGS/$name.log" >&2
        echo "----" >&2
    fi
    die "$message"
}

# Fetches one artifact into the local Maven repository (once) and prints its path.
maven_artifact() {
    local group=$1 artifact=$2 version=$3 packaging=$4 classifier=${5:-}
    local file="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version${classifier:+-$classifier}.$packaging"
    if [ ! -f "$file" ]; then
        "$ROOT/mvnw" -B -q dependency:get -Dtransitive=false \
            "-Dartifact=$group:$artifact:$version:$packaging${classifier:+:$classifier}" >&2 \
            || die "cannot fetch $group:$artifact:$version from Maven Central"
    fi
    echo "$file"
}
