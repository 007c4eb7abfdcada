#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The server benchmarks of DESIGN.md §7 (issue 3), the figures BENCHMARKS.md records under
# "Server (issue 3)". Builds (scripts/build.sh), makes a throwaway hall with `sunhallctl hall
# init` and the demo catalogue, starts sunhall-server on 127.0.0.1 — on SQLite, then on a
# throwaway PostgreSQL 15 cluster (tests/support/postgres.sh, with fsync and synchronous commit
# turned back on) — and runs `sunhallctl loadgen`:
#   push-max     200 windows + 10 screens, each window pushing as soon as it is answered
#   push-half    the same clients paced at half of what push-max applied: a load it carries
#   propagation  the same clients at 100 commands/s in all: the live path lightly loaded
#   empty-pull   50 connections asking for nothing new
#   push-paced   the same 200 + 10 clients paced at the budget, 1,000 commands/s in all
# and the references beside them, on the same machine in the same session:
#   nginx        a static JSON file of an empty pull's size over TLS (1 worker, like the
#                single-threaded server), with mutual TLS against the hall's CA on both sides,
#                hammered by the same empty-pull clients
#   pg-notify    PostgreSQL LISTEN/NOTIFY round trips (Qt's QPSQL driver)
# It prints every figure, the ratios, and whether each budget is met. Everything it starts
# is stopped at the end, also on failure or Ctrl-C. Nothing leaves 127.0.0.1.
#
# Environment:
#   SUNHALL_BIN=DIR        take sunhallctl and sunhall-server from DIR; do not build
#   BENCH_ENGINES          "sqlite postgresql" (default) or one of them
#   BENCH_DURATION=20      seconds of each load
#   BENCH_WINDOWS=200 BENCH_SCREENS=10 BENCH_CLIENTS=50 BENCH_RATE=1000
#   BENCH_OUT=DIR          where the JSON reports go (default build/bench-server)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

engines=${BENCH_ENGINES:-sqlite postgresql}
duration=${BENCH_DURATION:-20}
windows=${BENCH_WINDOWS:-200}
screens=${BENCH_SCREENS:-10}
clients=${BENCH_CLIENTS:-50}
rate=${BENCH_RATE:-1000}
out=${BENCH_OUT:-$root/build/bench-server}

if [ -z "${SUNHALL_BIN:-}" ]; then
    scripts/build.sh >/dev/null
    SUNHALL_BIN=$root/build/bin
fi
export SUNHALL_DATA_DIR=${SUNHALL_DATA_DIR:-$(dirname "$SUNHALL_BIN")/share/sunhall}
export SUNHALL_LANG=${SUNHALL_LANG:-en}
ctl=$SUNHALL_BIN/sunhallctl
server=$SUNHALL_BIN/sunhall-server
if [ ! -x "$ctl" ] || [ ! -x "$server" ]; then
    echo "bench-server.sh: no sunhallctl and sunhall-server in $SUNHALL_BIN" >&2
    exit 1
fi

work=$(mktemp -d /tmp/sunhall-bench.XXXXXX)
mkdir -p "$out"
rm -f "$out"/*.json
measure_pids=
server_pid=
server_port=
nginx_pid=
pg_dir=

cleanup() {
    for pid in $server_pid $nginx_pid; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "$pg_dir" ]; then
        tests/support/postgres.sh stop "$pg_dir" || true
    fi
    rm -rf -- "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

wait_for_log() {
    local file=$1 text=$2
    for _ in $(seq 1 300); do
        grep -q "$text" "$file" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "bench-server.sh: \"$text\" never appeared in $file:" >&2
    tail -n 20 "$file" >&2
    return 1
}

make_hall() {
    local dir=$1 db=$2
    printf 'bench password 1\n' >"$work/admin-password"
    "$ctl" hall init --dir "$dir" --name "Bench Hall" --admin-password-file "$work/admin-password" \
        ${db:+--db "$db"} >/dev/null
    "$ctl" catalog import --dir "$dir" "$SUNHALL_DATA_DIR/catalog/demo-catalog.json" >/dev/null
}

# Sets server_pid and server_port.
start_server() {
    local dir=$1 log=$2
    server_port=$(free_port)
    # Every load client comes from 127.0.0.1: the per-address limit (50) must not refuse them.
    "$server" --dir "$dir" --listen "127.0.0.1:$server_port" --max-connections-per-peer 1000 \
        2>"$log" &
    server_pid=$!
    wait_for_log "$log" "listening on"
}

stop_server() {
    kill -TERM "$server_pid"
    wait "$server_pid" || true
    server_pid=
}

# cpu_ticks PID…: the clock ticks (1/100 s) of CPU the processes have used so far, all threads.
cpu_ticks() {
    local total=0 pid fields
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        # After "pid (name) ": utime and stime are the 12th and 13th fields.
        read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat")
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

# busy_ticks: the clock ticks all CPUs of the machine have been busy so far.
busy_ticks() {
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}

# sample_cpu NAME PID: once loadgen PID says its load started, the CPU that the measured
# processes ($measure_pids), loadgen, and everything else on the machine used over the load's
# duration, as shares of one core. On a shared machine "others" says whether a run was
# disturbed.
sample_cpu() {
    local name=$1 pid=$2 gen s0 s1 g0 g1 b0 b1 t0 t1
    until grep -q "load started" "$work/$name.err" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.05
    done
    gen=$(pgrep -P "$pid" || echo "$pid") # loadgen itself, under timeout
    # shellcheck disable=SC2086 # lists of process ids, one word each
    s0=$(cpu_ticks $measure_pids) g0=$(cpu_ticks $gen) b0=$(busy_ticks) t0=$(date +%s%N)
    # Nine tenths of the load's time: the second reading must come before loadgen ends.
    sleep "$(awk "BEGIN { print $duration * 0.9 }")"
    # shellcheck disable=SC2086
    s1=$(cpu_ticks $measure_pids) g1=$(cpu_ticks $gen) b1=$(busy_ticks) t1=$(date +%s%N)
    python3 -c 'import json, sys
s0, s1, g0, g1, b0, b1, t0, t1 = map(int, sys.argv[2:])
secs = (t1 - t0) / 1e9
server, loadgen = (s1 - s0) / 100 / secs, (g1 - g0) / 100 / secs
json.dump({"serverCpu": server, "loadgenCpu": loadgen,
           "othersCpu": max(0.0, (b1 - b0) / 100 / secs - server - loadgen)},
          open(sys.argv[1], "w"))' "$out/$name.cpu.json" "$s0" "$s1" "$g0" "$g1" "$b0" "$b1" "$t0" "$t1"
}

# loadgen NAME ARGS…: one run, its JSON kept in $out/NAME.json, its summary shown.
loadgen() {
    local name=$1 pid sampler
    shift
    echo "== $name: sunhallctl loadgen $*"
    timeout 1200 "$ctl" loadgen --json "$@" >"$out/$name.json" 2>"$work/$name.err" &
    pid=$!
    sample_cpu "$name" "$pid" &
    sampler=$!
    if ! wait "$pid"; then
        echo "   (loadgen reported errors; see $out/$name.json)"
    fi
    wait "$sampler" || true
    python3 - "$out/$name.json" "$out/$name.cpu.json" <<'PY'
import json, os, sys
r = json.load(open(sys.argv[1]))
lat = lambda o: f"p50 {o['p50']:.1f} / p90 {o['p90']:.1f} / p99 {o['p99']:.1f} / max {o['max']:.1f} ms"
if r["mode"] == "push":
    c = r["commands"]
    print(f"   applied {c['appliedPerSecond']:.0f} commands/s ({c['applied']} of {c['sent']} sent,"
          f" {c['rejected']} rejected); push {lat(r['requests']['latencyMs'])};"
          f" per command {lat(r['commandLatencyMs'])}")
    print(f"   propagation {lat(r['propagationMs'])} ({r['propagationMs']['samples']} samples,"
          f" {r['propagationMs']['missed']} missed)")
elif r["mode"] == "empty-pull":
    print(f"   {r['requests']['perSecond']:.0f} requests/s, {lat(r['requests']['latencyMs'])}")
else:
    print(f"   {r['requests']['count']} round trips, {lat(r['requests']['latencyMs'])}")
if os.path.exists(sys.argv[2]):
    cpu = json.load(open(sys.argv[2]))
    print(f"   CPU during the load: server side {cpu['serverCpu']:.0%} of a core,"
          f" loadgen {cpu['loadgenCpu']:.0%}, other processes {cpu['othersCpu']:.0%}")
if r["errorCount"]:
    print(f"   errors: {r['errors']}")
PY
}

nginx_config() {
    local hall=$1 port=$2 dir=$work/nginx
    mkdir -p "$dir/www" "$dir/tmp"
    # The size and shape of the server's answer to an empty pull.
    printf '%s' '{"events":[],"more":false,"reference":{"calendarVersion":3,"catalogVersion":1,"usersVersion":221},"serverSeq":123456}' \
        >"$dir/www/static.json"
    # nginx's workers run as nobody when started by root: they must reach the file.
    chmod 755 "$work" "$dir" "$dir/www"
    chmod 644 "$dir/www/static.json"
    cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    keepalive_requests 100000000;
    keepalive_timeout 75s;
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate $hall/server/cert.pem;
        ssl_certificate_key $hall/server/key.pem;
        ssl_client_certificate $hall/ca/ca.pem;
        ssl_verify_client on;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $dir/www;
        location = /static.json { default_type application/json; }
    }
}
EOF
}

run_nginx() {
    local hall=$1 port
    if ! command -v nginx >/dev/null; then
        echo "== installing nginx (a Debian package) for the reference"
        if [ "$(id -u)" -eq 0 ]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
        else
            sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
        fi
        # The package starts the system's nginx on port 80; the benchmark needs none of it.
        if command -v systemctl >/dev/null; then
            systemctl stop nginx 2>/dev/null || true
        fi
    fi
    port=$(free_port)
    nginx_config "$hall" "$port"
    nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log" &
    nginx_pid=$!
    # Any answer will do (without a client certificate nginx answers 400): it is listening.
    for _ in $(seq 1 100); do
        curl -s -o /dev/null --cacert "$hall/ca/ca.pem" "https://127.0.0.1:$port/static.json" \
            && break
        sleep 0.1
    done
    measure_pids="$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')"
    loadgen nginx --mode empty-pull --dir "$hall" --url "https://127.0.0.1:$port/static.json" \
        --clients "$clients" --duration "$duration"
    kill -TERM "$nginx_pid"
    wait "$nginx_pid" || true
    nginx_pid=
}

bench_engine() {
    local engine=$1
    local db='' hall=$work/hall-$engine
    if [ "$engine" = postgresql ]; then
        pg_dir=$work/pg
        db=$(tests/support/postgres.sh start "$pg_dir" --watch $$)
        # postgres.sh trades durability for test speed; a benchmark keeps PostgreSQL's own.
        psql -q "$db" -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" \
            -c "ALTER SYSTEM SET full_page_writes = on" -c "SELECT pg_reload_conf()" >/dev/null
        echo "== PostgreSQL: $(psql -At "$db" -c "SELECT version()" | cut -d, -f1)," \
            "fsync $(psql -At "$db" -c "SHOW fsync"), synchronous_commit $(psql -At "$db" -c "SHOW synchronous_commit")"
    fi
    make_hall "$hall" "$db"
    start_server "$hall" "$work/server-$engine.log"
    local url=https://127.0.0.1:$server_port
    echo "== $engine: sunhall-server on $url"
    measure_pids=$server_pid
    if [ "$engine" = postgresql ]; then
        # The server's work is also done by its PostgreSQL backend: count the whole cluster.
        local postmaster
        postmaster=$(head -n 1 "$(cat "$pg_dir/cluster")/data/postmaster.pid")
        measure_pids="$server_pid $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
    fi
    loadgen "$engine-push-max" --dir "$hall" --server "$url" --windows "$windows" \
        --screens "$screens" --duration "$duration" --sign
    # Half of what the server applied flat out: a load it can carry, for its latencies.
    local half
    half=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
print(max(10, int(r["commands"]["appliedPerSecond"] / 2 / 10) * 10))' "$out/$engine-push-max.json")
    loadgen "$engine-push-half" --dir "$hall" --server "$url" --windows "$windows" \
        --screens "$screens" --duration "$duration" --rate "$half" --sign
    loadgen "$engine-propagation" --dir "$hall" --server "$url" --windows "$windows" \
        --screens "$screens" --duration "$duration" --rate 100 --sign
    loadgen "$engine-empty-pull" --dir "$hall" --server "$url" --mode empty-pull \
        --clients "$clients" --duration "$duration"
    # Last: when the budget's rate is more than the server carries, the requests that time out
    # are still applied after loadgen has gone, and would disturb a run that came after.
    loadgen "$engine-push-paced" --dir "$hall" --server "$url" --windows "$windows" \
        --screens "$screens" --duration "$duration" --rate "$rate" --sign
    stop_server
    if [ "$engine" = postgresql ]; then
        measure_pids=
        loadgen pg-notify --mode pg-notify --db "$db" --count 2000
        tests/support/postgres.sh stop "$pg_dir"
        pg_dir=
    fi
    last_hall=$hall
}

echo "Sunhall server benchmarks, $(date -Iseconds)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "binaries: $SUNHALL_BIN; reports: $out"
last_hall=
for engine in $engines; do
    bench_engine "$engine"
done

# nginx trusts the last hall's CA, whose certificates loadgen's clients present to it.
run_nginx "$last_hall"

# shellcheck disable=SC2086 # one argument per engine
python3 - "$out" $engines <<'PY'
import json, os, sys
out, engines = sys.argv[1], sys.argv[2:]
def load(name):
    path = os.path.join(out, name + ".json")
    return json.load(open(path)) if os.path.exists(path) else None
def cpu(name):
    c = load(name + ".cpu")
    return c["serverCpu"] if c else None
def verdict(ok):
    return "met" if ok else "NOT met"
nginx = load("nginx")
notify = load("pg-notify")
print()
print("== summary")
for engine in engines:
    mx, paced, prop, pulls = (load(f"{engine}-{k}") for k in ("push-max", "push-paced", "propagation", "empty-pull"))
    if not (mx and paced and prop and pulls):
        print(f"{engine}: runs missing")
        continue
    print(f"{engine}:")
    print(f"  push, as fast as answered: {mx['commands']['appliedPerSecond']:.0f} commands/s applied,"
          f" push p50 {mx['requests']['latencyMs']['p50']:.1f} ms, p99 {mx['requests']['latencyMs']['p99']:.1f} ms,"
          f" server side CPU {cpu(engine + '-push-max') or 0:.0%} of a core")
    rate = paced["commands"]["appliedPerSecond"]
    p99 = paced["requests"]["latencyMs"]["p99"]
    print(f"  push, paced at {paced['rateTarget']:.0f}/s: {rate:.0f} commands/s applied, push p99 {p99:.1f} ms,"
          f" per command p99 {paced['commandLatencyMs']['p99']:.1f} ms")
    half = load(f"{engine}-push-half")
    if half:
        print(f"  push, paced at {half['rateTarget']:.0f}/s (half of flat out):"
              f" {half['commands']['appliedPerSecond']:.0f} commands/s applied,"
              f" push p50 {half['requests']['latencyMs']['p50']:.1f} ms, p99 {half['requests']['latencyMs']['p99']:.1f} ms,"
              f" propagation p99 {half['propagationMs']['p99']:.1f} ms")
    best = max(rate, mx["commands"]["appliedPerSecond"])
    print(f"  budget >= 1,000 signed commands/s with {mx['windows']} clients: {verdict(best >= 1000)}")
    print(f"  budget push p99 < 100 ms at that rate: {verdict(rate >= 1000 and p99 < 100)}")
    for label, run in (("at 100 commands/s", prop), (f"at {paced['rateTarget']:.0f} commands/s offered", paced)):
        p = run["propagationMs"]
        print(f"  propagation {label}: p50 {p['p50']:.1f} ms, p99 {p['p99']:.1f} ms"
              f" (budget p99 < 1 s: {verdict(p['samples'] > 0 and p['p99'] < 1000)})")
    if notify and engine == "postgresql":
        n = notify["requests"]["latencyMs"]
        print(f"    beside PostgreSQL LISTEN/NOTIFY: p50 {n['p50']:.2f} ms, p99 {n['p99']:.2f} ms")
    line = (f"  empty pulls: {pulls['requests']['perSecond']:.0f}/s, p99 {pulls['requests']['latencyMs']['p99']:.1f} ms,"
            f" server side CPU {cpu(engine + '-empty-pull') or 0:.0%}")
    if nginx:
        line += f"; {pulls['requests']['perSecond'] / nginx['requests']['perSecond']:.1%} of nginx's requests/s"
        a, b = cpu(engine + "-empty-pull"), cpu("nginx")
        if a and b:
            line += (f", {pulls['requests']['perSecond'] / a / (nginx['requests']['perSecond'] / b):.1%}"
                     " per CPU second")
    print(line)
if nginx:
    print(f"nginx static JSON over mutual TLS (1 worker): {nginx['requests']['perSecond']:.0f} requests/s,"
          f" p99 {nginx['requests']['latencyMs']['p99']:.1f} ms, nginx CPU {cpu('nginx') or 0:.0%} of a core")
if notify:
    n = notify["requests"]["latencyMs"]
    print(f"PostgreSQL LISTEN/NOTIFY round trip: p50 {n['p50']:.2f} ms, p99 {n['p99']:.2f} ms")
PY
