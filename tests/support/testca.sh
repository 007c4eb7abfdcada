#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes a throwaway certificate authority for tests, shaped like a hall's (docs/protocol.md):
# ECDSA P-256 keys, SHA-256 signatures, a CA "CN=<name> Sunhall CA", a server certificate for
# localhost and 127.0.0.1 (serverAuth), one client certificate per workstation (clientAuth,
# CN=<workstation>), and a certificate for W01 issued by a foreign CA that the hall must refuse.
#
#   testca.sh OUTDIR [--name "Test Hall"] [--workstation W01 ...]
#
# Writes into OUTDIR (created if missing):
#   ca.pem ca-key.pem                 the hall's test CA
#   server.pem server-key.pem         the server's certificate and key
#   ws-<W>.pem ws-<W>-key.pem         each workstation's certificate and key (default W01 W02 W03)
#   ws-<W>.serial                     its serial, upper-case hex as `openssl x509 -serial` prints
#   foreign-ca.pem foreign-ca-key.pem another CA, trusted by nobody
#   foreign-W01.pem foreign-W01-key.pem
# Keys are unencrypted PKCS#8 PEM. Exit 0 on success, 1 when openssl fails, 2 on bad usage.
set -euo pipefail

usage() {
    echo "usage: $0 OUTDIR [--name NAME] [--workstation NAME ...]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
case $1 in
    -h|--help) sed -n '5,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage ;;
esac
out=$1
shift
name="Test Hall"
workstations=()
while [ $# -gt 0 ]; do
    case $1 in
        --name) [ $# -ge 2 ] || usage; name=$2; shift 2 ;;
        --workstation) [ $# -ge 2 ] || usage; workstations+=("$2"); shift 2 ;;
        *) usage ;;
    esac
done
[ ${#workstations[@]} -gt 0 ] || workstations=(W01 W02 W03)

command -v openssl >/dev/null || { echo "$0: openssl is not installed" >&2; exit 1; }
mkdir -p "$out"
cd "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

newkey() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

make_ca() { # key cert subject
    newkey "$1"
    openssl req -new -x509 -key "$1" -sha256 -days 3650 -subj "$3" -out "$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -addext "subjectKeyIdentifier=hash" 2>/dev/null
}

# A fresh random 128-bit serial with its top bit set for each certificate, as the hall's own
# CA makes them (32 hex digits), so that revoking one never hits another.
serial() {
    local hex
    hex=$(openssl rand -hex 16)
    printf '%x%s' $((0x${hex:0:1} | 8)) "${hex:1}"
}

issue() { # ca-cert ca-key key cert subject extfile
    newkey "$3"
    openssl req -new -key "$3" -sha256 -subj "$5" -out "$work/req.csr" 2>/dev/null
    openssl x509 -req -in "$work/req.csr" -CA "$1" -CAkey "$2" -set_serial "0x$(serial)" \
        -days 825 -sha256 -extfile "$6" -out "$4" 2>/dev/null
}

cat >"$work/server.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
EOF
cat >"$work/client.ext" <<'EOF'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
EOF

make_ca ca-key.pem ca.pem "/CN=$name Sunhall CA"
issue ca.pem ca-key.pem server-key.pem server.pem "/CN=localhost" "$work/server.ext"
for ws in "${workstations[@]}"; do
    issue ca.pem ca-key.pem "ws-$ws-key.pem" "ws-$ws.pem" "/CN=$ws" "$work/client.ext"
    openssl x509 -in "ws-$ws.pem" -noout -serial | sed 's/^serial=//' >"ws-$ws.serial"
done
make_ca foreign-ca-key.pem foreign-ca.pem "/CN=Elsewhere Sunhall CA"
issue foreign-ca.pem foreign-ca-key.pem foreign-W01-key.pem foreign-W01.pem "/CN=W01" \
    "$work/client.ext"
chmod 600 ./*-key.pem
