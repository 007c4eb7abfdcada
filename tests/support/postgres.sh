#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL 15 cluster for tests.
#
#   postgres.sh start DIR [--watch PID]   start a cluster, print its URL (also in DIR/url)
#   postgres.sh stop DIR                  stop it and delete its files
#   postgres.sh url DIR                   print the URL of the running cluster
#
# The cluster lives in its own temporary directory owned by the user that runs PostgreSQL
# (the `postgres` system user when this runs as root, as in CI), listens on a free port of
# 127.0.0.1 only, keeps its socket in that directory and asks for a password over TCP
# (scram-sha-256). It never touches a system cluster. DIR only holds this script's notes
# (the cluster's path, its port and URL). With --watch, the cluster is also stopped when the
# process PID ends, so a test that crashes does not leave a server running.
set -euo pipefail

PG_BIN=${SUNHALL_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_USER=sunhall
PG_DATABASE=sunhall
# The password has characters that a URL must escape, so tests read it the way a hall's
# --db address is read.
PG_PASSWORD='test:p@ss/1'
PG_PASSWORD_URL='test%3Ap%40ss%2F1'

die() {
    echo "postgres.sh: $*" >&2
    exit 1
}

usage() {
    cat >&2 <<'EOF'
usage: postgres.sh start DIR [--watch PID]
       postgres.sh stop DIR
       postgres.sh url DIR
EOF
    exit 2
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])' 2>/dev/null && return
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Htln "sport = :$port" 2>/dev/null | grep -q .; then
            echo "$port"
            return
        fi
    done
    die "no free TCP port found on 127.0.0.1"
}

# The cluster directory recorded in DIR, checked to be one this script made.
cluster_of() {
    local dir=$1 cluster
    [ -f "$dir/cluster" ] || return 1
    cluster=$(cat "$dir/cluster")
    case "$(basename "$cluster")" in
        sunhall-pg.*) ;;
        *) die "$dir/cluster names $cluster, which this script did not create" ;;
    esac
    echo "$cluster"
}

stop_cluster() {
    local cluster=$1
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$cluster/data" -m immediate -w -t 30 stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf -- "$cluster"
}

start_server() {
    local cluster=$1 port
    for _ in $(seq 1 10); do
        port=$(free_port)
        if as_owner "$PG_BIN/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-p $port" start >/dev/null 2>&1; then
            echo "$port"
            return
        fi
        # Another process may have taken the port between the check and the start.
        grep -q "could not bind\|already in use" "$cluster/server.log" 2>/dev/null \
            || { tail -n 20 "$cluster/server.log" >&2 2>/dev/null; return 1; }
    done
    tail -n 20 "$cluster/server.log" >&2 2>/dev/null
    return 1
}

watch_parent() {
    local pid=$1 cluster=$2
    (
        while kill -0 "$pid" 2>/dev/null && [ -d "$cluster" ]; do
            sleep 2
        done
        [ -d "$cluster" ] && stop_cluster "$cluster"
    ) </dev/null >/dev/null 2>&1 &
    disown
}

start() {
    local dir=$1 watch=${2:-}
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] \
        || die "PostgreSQL 15 is not installed: $PG_BIN/initdb is missing (apt-get install postgresql-15)"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user"
    fi
    mkdir -p "$dir"
    if cluster_of "$dir" >/dev/null 2>&1 && [ -d "$(cluster_of "$dir")" ]; then
        die "a cluster is already started for $dir; stop it first"
    fi

    local cluster
    # Not under $TMPDIR: as root that may be a folder the postgres user cannot enter.
    cluster=$(mktemp -d "${SUNHALL_PG_TMP:-/tmp}/sunhall-pg.XXXXXXXX")
    chmod 700 "$cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$cluster"
    echo "$cluster" >"$dir/cluster"
    [ -n "$watch" ] && watch_parent "$watch" "$cluster"

    printf '%s\n' "$PG_PASSWORD" | as_owner tee "$cluster/pwfile" >/dev/null
    if ! as_owner "$PG_BIN/initdb" -D "$cluster/data" -U "$PG_USER" --pwfile="$cluster/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        stop_cluster "$cluster"
        die "initdb failed"
    fi
    rm -f "$cluster/pwfile"
    # Test data need not survive a power cut; everything else is PostgreSQL's defaults.
    as_owner tee -a "$cluster/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cluster'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    local port
    if ! port=$(start_server "$cluster"); then
        stop_cluster "$cluster"
        die "the PostgreSQL server did not start"
    fi
    if ! as_owner "$PG_BIN/createdb" -h "$cluster" -p "$port" -U "$PG_USER" "$PG_DATABASE" \
        >"$cluster/createdb.log" 2>&1; then
        cat "$cluster/createdb.log" >&2
        stop_cluster "$cluster"
        die "creating the database $PG_DATABASE failed"
    fi
    local url="postgresql://$PG_USER:$PG_PASSWORD_URL@127.0.0.1:$port/$PG_DATABASE"
    echo "$port" >"$dir/port"
    echo "$url" >"$dir/url"
    echo "$url"
}

stop() {
    local dir=$1 cluster
    cluster=$(cluster_of "$dir") || return 0
    stop_cluster "$cluster"
    rm -f -- "$dir/cluster" "$dir/port" "$dir/url"
}

[ $# -ge 2 ] || usage
command=$1
dir=$2
shift 2
case "$command" in
    start)
        watch=
        if [ $# -ge 2 ] && [ "$1" = "--watch" ]; then
            watch=$2
        elif [ $# -ne 0 ]; then
            usage
        fi
        start "$dir" "$watch"
        ;;
    stop) stop "$dir" ;;
    url) [ -f "$dir/url" ] && cat "$dir/url" || die "no cluster is started for $dir" ;;
    *) usage ;;
esac
