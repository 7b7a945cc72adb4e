#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A throwaway ClickHouse server for tests: 127.0.0.1 only, data in DIR, time zone UTC.
#   server.sh start DIR   starts it, waits until it answers, prints its HTTP port
#   server.sh stop DIR    stops it (by its PID) and removes DIR
# Exits 77 (CTest's "skipped") when clickhouse-server is not installed. Users: default (no
# password) and analyst (password "s3cret", for the wrong-password test), and "tight", whose
# queries may use 4 MB, for the server-limit test.
set -euo pipefail
ACTION=${1:?start|stop}; DIR=${2:?DIR}
SERVER=${QUADRANT_CLICKHOUSE_SERVER:-$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)}

if [ "$ACTION" = stop ]; then
    if [ -f "$DIR/pid" ]; then
        PID=$(cat "$DIR/pid")
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    rm -rf "$DIR"
    exit 0
fi

[ -x "$SERVER" ] || { echo "clickhouse-server is not installed (apt-get install clickhouse-server): skipped" >&2; exit 77; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
# Two free ports, found by binding them.
read -r HTTP_PORT TCP_PORT < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
cat > "$DIR/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$DIR/server.log</log><errorlog>$DIR/server.err.log</errorlog>
    <size>100M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$HTTP_PORT</http_port>
  <tcp_port>$TCP_PORT</tcp_port>
  <path>$DIR/data/</path>
  <tmp_path>$DIR/data/tmp/</tmp_path>
  <user_files_path>$DIR/data/user_files/</user_files_path>
  <format_schema_path>$DIR/data/format_schemas/</format_schema_path>
  <users_config>$DIR/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>16</max_concurrent_queries>
</yandex>
XML
cat > "$DIR/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles>
    <default><max_memory_usage>8000000000</max_memory_usage></default>
    <tight><max_memory_usage>4000000</max_memory_usage></tight>
  </profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile><quota>default</quota></default>
    <analyst><password>s3cret</password><networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile><quota>default</quota></analyst>
    <tight><password></password><networks><ip>127.0.0.1</ip></networks>
      <profile>tight</profile><quota>default</quota></tight>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
  </interval></default></quotas>
</yandex>
XML
"$SERVER" --config-file="$DIR/config.xml" >"$DIR/stdout.log" 2>&1 &
echo $! >"$DIR/pid"
# A loaded machine may take a while: up to 60 s.
for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$HTTP_PORT/?query=SELECT%201" >/dev/null 2>&1; then
        echo "$HTTP_PORT"
        exit 0
    fi
    kill -0 "$(cat "$DIR/pid")" 2>/dev/null || { cat "$DIR/stdout.log" "$DIR/server.err.log" >&2 2>/dev/null || true; echo "clickhouse-server exited" >&2; exit 1; }
    sleep 0.2
done
echo "clickhouse-server did not answer in 60 s (see $DIR)" >&2
exit 1
