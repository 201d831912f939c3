#!/usr/bin/env bash
# Sourced by ./test and .ci/run: the gateway's shared rate-limit tests start a real redis-server
# (Debian's package) on a free port. Installs it when missing and we may (root); otherwise warns,
# and those tests skip themselves.
ensure_redis() {
    command -v redis-server >/dev/null 2>&1 && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing redis-server for the gateway's shared rate-limit tests"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null; }
    fi
    command -v redis-server >/dev/null 2>&1 \
        || echo "redis-server not found and not installable here: the Redis rate-limit tests will be skipped" >&2
    return 0
}
