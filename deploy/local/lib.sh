# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this file
# Shared by deploy/local/up, down and status. Sourced, never run.
#
# Every process the local stack starts is started with `setsid` (so it leads its own process group
# and `down` can stop it together with any children, e.g. kc.sh -> java) and with
# HELPDESK_LOCAL_STACK=<this repo's .local> in its environment: `down` only signals a PID whose
# environment carries that marker, so a stale PID file can never make it kill someone else's process.

LOCAL_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$LOCAL_SCRIPT_DIR/../.." && pwd)"
LOCAL="$REPO/.local"
LOGS="$LOCAL/logs"
PIDS="$LOCAL/pids"

KEYCLOAK_VERSION=26.7.3
GREENMAIL_VERSION=2.1.13
KEYCLOAK_HOME="$LOCAL/keycloak-$KEYCLOAK_VERSION"
KAFKA_LIB="$REPO/tools/kafka-broker/target/lib"
KAFKA_CONFIG="$REPO/tools/kafka-broker/target/config"
KAFKA_DIR="$LOCAL/kafka"

PG_HOST=127.0.0.1
PG_PORT="${HELPDESK_DB_PORT:-5432}"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KEYCLOAK_PORT=8180
SMTP_PORT=3025
IMAP_PORT=3143
GREENMAIL_API_PORT=8025

# name:port, in start order; `down` stops them in reverse.
SERVICES=(ticket-service:8081 routing-service:8082 sla-service:8083 notification-service:8084 knowledge-service:8085)
TOPICS=(helpdesk.ticket.events helpdesk.routing.events helpdesk.sla.events helpdesk.notification.events helpdesk.knowledge.events)
TOPIC_PARTITIONS=6

MARKER="HELPDESK_LOCAL_STACK=$LOCAL"

if [ -t 1 ]; then BOLD=$'\e[1m'; RED=$'\e[31m'; GREEN=$'\e[32m'; RESET=$'\e[0m'; else BOLD=; RED=; GREEN=; RESET=; fi
say()  { printf '%s[local]%s %s\n' "$BOLD" "$RESET" "$*"; }
warn() { printf '%s[local] %s%s\n' "$RED" "$*" "$RESET" >&2; }
die()  { warn "$*"; exit 1; }

# tail_log <component> <logfile>: the last lines of a component's log, for error messages.
tail_log() {
  if [ -f "$2" ]; then
    printf '%s----- last 40 lines of %s -----%s\n' "$RED" "$2" "$RESET" >&2
    tail -n 40 "$2" >&2
    printf '%s----- end of %s -----%s\n' "$RED" "$2" "$RESET" >&2
  else
    warn "$1: no log at $2"
  fi
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
http_ok()   { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# ours <pid>: true if the process exists and carries this stack's marker in its environment.
ours() {
  local pid="$1"
  [ -n "$pid" ] && [ -r "/proc/$pid/environ" ] || return 1
  { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qxF "$MARKER"
}

# pid_of <name>: the PID recorded for a component, if that process is still ours.
pid_of() {
  local f="$PIDS/$1.pid" pid
  [ -f "$f" ] || return 1
  pid="$(head -n1 "$f")"
  ours "$pid" && echo "$pid"
}

# start_bg <name> <logfile> <command...>: start detached in its own session, record its PID.
start_bg() {
  local name="$1" log="$2"; shift 2
  mkdir -p "$PIDS" "$(dirname "$log")"
  printf '\n===== %s: starting %s =====\n' "$(date '+%F %T')" "$name" >>"$log"
  HELPDESK_LOCAL_STACK="$LOCAL" setsid "$@" </dev/null >>"$log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

# wait_until <name> <logfile> <timeout-seconds> <check command...>: poll until the check passes;
# fail fast if the component's process died, and on failure name it and tail its log.
wait_until() {
  local name="$1" log="$2" timeout="$3"; shift 3
  local deadline=$((SECONDS + timeout)) pidfile="$PIDS/$name.pid"
  until "$@"; do
    if [ -f "$pidfile" ] && ! ours "$(head -n1 "$pidfile")"; then
      tail_log "$name" "$log"
      die "$name exited during start-up (log: $log)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail_log "$name" "$log"
      die "$name not ready after ${timeout}s (log: $log). The rest of the stack is still running; stop it with deploy/local/down"
    fi
    sleep 1
  done
}

# stop_pid <name> <grace-seconds>: TERM the component's process group, wait, then KILL.
stop_pid() {
  local name="$1" grace="$2" f="$PIDS/$1.pid" pid i
  [ -f "$f" ] || return 0
  pid="$(head -n1 "$f")"
  if ! ours "$pid"; then
    say "$name: not running (stale PID file removed)"
    rm -f "$f"; return 0
  fi
  say "$name: stopping (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 2; i++)); do
    group_alive "$pid" || break
    sleep 0.5
  done
  if group_alive "$pid"; then
    warn "$name: still running after ${grace}s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do group_alive "$pid" || break; sleep 0.5; done
  fi
  if group_alive "$pid"; then warn "$name: process group $pid did not exit"; else rm -f "$f"; fi
}

# group_alive <pgid>: any process of ours left in that process group?
group_alive() {
  local p
  for p in $(ps -eo pid=,pgid= | awk -v g="$1" '$2 == g { print $1 }'); do
    ours "$p" && return 0
  done
  return 1
}

# PostgreSQL binaries (Debian keeps them off PATH in /usr/lib/postgresql/<ver>/bin).
pg_bin() {
  local d
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/local/pgsql/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

# as_pg_owner <command...>: PostgreSQL refuses to run as root, so as root run its tools as `postgres`.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
