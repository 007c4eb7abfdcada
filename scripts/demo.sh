#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The product's main job on its embedded default: sets up the machine, builds, creates the demo
# hall (server store on SQLite with the demo catalogue, the official calendars and demo users),
# enrols workstation W01, starts sunhall-server, logs the demo clerk in (which fills the
# workstation's local store) and, when there is a display, opens the desktop client logged in
# as the demo clerk li.na. The server runs until Ctrl-C. HALL, PROFILE and PORT choose the
# folders and the port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh >/dev/null

hall=${HALL:-build/demo-hall}
profile=${PROFILE:-build/demo-profile}
port=${PORT:-8443}
ctl=build/bin/sunhallctl

if [ ! -f "$hall/hall.json" ]; then
    rm -rf "$hall" "$profile"
    "$ctl" demo init --dir "$hall"
    # Every department signs its certificates with a key of its own.
    "$ctl" department keygen --dir "$hall" --all >/dev/null
fi
if [ ! -f "$profile/profile.json" ]; then
    "$ctl" workstation enroll --dir "$hall" --name W01 --out "$profile" \
        --server "https://localhost:$port"
fi

build/bin/sunhall-server --dir "$hall" --listen "127.0.0.1:$port" 2>"$hall/server.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    "$ctl" client status --profile "$profile" >/dev/null 2>&1 && break
    sleep 0.2
done
echo
"$ctl" client login --profile "$profile" --user li.na --password-file "$hall/demo-password"
"$ctl" client status --profile "$profile"
echo
"$ctl" catalog list --dir "$hall" | head -12
echo "  …"
echo
echo "sunhall-server is listening on https://localhost:$port (log: $hall/server.log)."
echo "Demo users (li.na clerk, wang.qiang reviewer, zhang.wei chief approver, liu.yang leader,"
echo "chen.jing cashier, zhao.min supervisor, admin) share the password in $hall/demo-password."
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    build/bin/sunhall --profile "$profile" --user li.na --password-file "$hall/demo-password" &
    echo "The desktop client opens logged in as the clerk li.na (李娜) at workstation W01."
fi
echo "Desktop client: build/bin/sunhall --profile $profile    (Ctrl-C stops the server)"
wait $server
