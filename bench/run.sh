#!/usr/bin/env bash
# Benchmark of dbmigrate:up against Flyway, Liquibase and plain psql on the local PostgreSQL.
#
#   bench/run.sh            full run: N=1000 and N=3000, 5 repetitions, no-op figures with 10 000 applied;
#                           writes bench/results/<UTC date>.md and bench/results/latest.md
#   bench/run.sh --smoke    N=20, 1 repetition, 20 applied; writes bench/work/smoke.md;
#                           exits non-zero if any tool fails (meant for CI)
#
# Options: --reps R   --sizes "1000 3000"   --applied A
# Environment: PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/postgres, trust auth), MVNW (default the
# repository's ./mvnw), BENCH_MAVEN_OPTS (JVM options for every Maven run, e.g. for a profiler).
# See bench/README.md for what each figure means.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench")
work=$bench/work
mvnw=${MVNW:-$root/mvnw}

# ---- pinned versions (README.md says why these) ----
DBMIGRATE_VERSION=0.1.0-SNAPSHOT
FLYWAY_VERSION=13.1.0      # flyway-maven-plugin and flyway-database-postgresql
LIQUIBASE_VERSION=5.0.4    # liquibase-maven-plugin
PGJDBC_VERSION=42.7.14     # org.postgresql:postgresql, a plugin dependency of Flyway and Liquibase

# ---- options ----
mode=full reps=5 sizes="1000 3000" applied=10000
args="$*"
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) mode=smoke reps=1 sizes=20 applied=20 ;;
    --reps) reps=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --applied) applied=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
command_line="bench/run.sh${args:+ $args}"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jdbc_base="jdbc:postgresql://$PGHOST:$PGPORT"
# Every Maven run gets the same JVM options and no user-level extras; no telemetry calls.
export MAVEN_OPTS=${BENCH_MAVEN_OPTS:-}
unset MAVEN_ARGS
export REDGATE_DISABLE_TELEMETRY=true LIQUIBASE_ANALYTICS_ENABLED=false

say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ---- preflight ----
for tool in python3 psql java; do command -v $tool >/dev/null || die "$tool is not installed"; done
[ -x "$mvnw" ] || die "no Maven wrapper at $mvnw"
pg_isready -q || die "PostgreSQL is not accepting connections on $PGHOST:$PGPORT (try: bash .ci/databases.sh)"
if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  say "installing GNU time (Debian package 'time') for the peak RSS figures"
  as_root apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q time >/dev/null
fi
plugin_jar=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/io/github/dbmigrate/dbmigrate-maven-plugin/$DBMIGRATE_VERSION/dbmigrate-maven-plugin-$DBMIGRATE_VERSION.jar
[ -f "$plugin_jar" ] || die "the plugin is not installed in the local repository ($plugin_jar);" \
  "install it first: ./mvnw -B -q install -DskipTests -Dinvoker.skip=true"
jar_id() { echo "sha256 $(sha256sum "$plugin_jar" | cut -c1-12), built $(date -u -r "$plugin_jar" +%FT%TZ)"; }

rm -rf "$work/logs" "$work/results.tsv"
mkdir -p "$work/logs"
tsv=$work/results.tsv
machine=$work/machine.txt

# ---- machine description (key TAB value), read by stats.py ----
{
  printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'command\t%s\n' "$command_line"
  printf 'repetitions\t%s\n' "$reps"
  printf 'nproc\t%s\n' "$(nproc)"
  printf 'memory\t%s GiB\n' "$(awk '/MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)"
  printf 'CPU\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  printf 'OS\t%s, kernel %s\n' "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(uname -r)"
  printf 'Java\t%s\n' "$(java -version 2>&1 | sed -n 2p)"
  printf 'Maven\t%s\n' "$("$mvnw" -v 2>/dev/null | head -1 | sed 's/ (.*//')"
  printf 'PostgreSQL\t%s\n' "$(psql -X -tA -d postgres -c 'SELECT version()' | sed 's/ on .*//')"
  printf 'PostgreSQL settings\t%s\n' "$(psql -X -tA -d postgres -F ' ' -c "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_locks_per_transaction', 'max_wal_size')")"
  printf 'psql\t%s\n' "$(psql --version)"
  printf 'load average at start\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'dbmigrate-maven-plugin\t%s (%s)\n' "$DBMIGRATE_VERSION" "$(jar_id)"
  printf 'flyway-maven-plugin\t%s (+ flyway-database-postgresql %s, postgresql %s)\n' "$FLYWAY_VERSION" "$FLYWAY_VERSION" "$PGJDBC_VERSION"
  printf 'liquibase-maven-plugin\t%s (+ postgresql %s)\n' "$LIQUIBASE_VERSION" "$PGJDBC_VERSION"
} >"$machine"
jar_at_start=$(jar_id)

# ---- generated projects ----
gen() { python3 "$bench/gen.py" --dbmigrate "$DBMIGRATE_VERSION" --flyway "$FLYWAY_VERSION" \
  --liquibase "$LIQUIBASE_VERSION" --pgjdbc "$PGJDBC_VERSION" "$@"; }
say "generating projects under bench/work/ (sizes: $sizes; $applied applied for the no-op figures)"
gen --out "$work" --n 0 --tools empty
gen --out "$work/warmup" --n 2 --tools dbmigrate,flyway,liquibase,psql
for n in $sizes; do gen --out "$work/n$n" --n "$n" --tools dbmigrate,flyway,liquibase,psql; done
gen --out "$work/applied$applied" --n "$applied" --tools dbmigrate

# ---- databases ----
admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@" >/dev/null; }
# A fresh database, and a checkpoint so that no earlier run's dirty pages are flushed during the next.
fresh_db() { admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" -c "CHECKPOINT"; }
count_tables() { psql -X -tA -d "$1" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'bench\_%'"; }
url() { echo "$jdbc_base/$1?user=$PGUSER"; }

# ---- running and timing ----
mvn=("$mvnw" -B -q)   # Maven command line; -o (offline) is added once the warm-up has resolved every plugin
failures=()           # runs that make the harness exit non-zero
notes=()              # failed runs of the optional variant (dbmigrate's default txnMode=all) in full mode
declare -A broken     # label:N of an optional variant that failed; not retried at that N

# Other builds on this small machine distort the figures, so in full mode each timed run first waits
# (up to quiet_wait seconds) until other processes use less than quiet_pct % of the CPU, sampled over
# half a second; runs that started on a busy machine anyway are counted in the report.
quiet_pct=15 quiet_wait=300 busy_starts=0
[ "$mode" = smoke ] && quiet_wait=0
cpu_jiffies() {   # prints: busy total
  local _ u n s i w q sq st rest
  read -r _ u n s i w q sq st rest </proc/stat
  echo $((u + n + s + q + sq + st)) $((u + n + s + i + w + q + sq + st))
}
busy_pct() {
  local b1 t1 b2 t2
  read -r b1 t1 < <(cpu_jiffies); sleep 0.5; read -r b2 t2 < <(cpu_jiffies)
  echo $((100 * (b2 - b1) / (t2 > t1 ? t2 - t1 : 1)))
}
wait_quiet() {
  [ "$quiet_wait" -gt 0 ] || return 0
  local start=$SECONDS pct told=""
  while pct=$(busy_pct) && [ "$pct" -ge $quiet_pct ]; do
    if [ $((SECONDS - start)) -ge $quiet_wait ]; then
      say "  still busy ($pct% CPU used by other processes) after ${quiet_wait}s; running anyway"
      busy_starts=$((busy_starts + 1)); return 0
    fi
    [ -n "$told" ] || say "  machine busy ($pct% CPU used by other processes); waiting"
    told=1
    sleep 2
  done
}

# timed SCENARIO LABEL N REP DIR CMD...: runs CMD in DIR under GNU time, appends a line to results.tsv
timed() {
  local scenario=$1 label=$2 n=$3 rep=$4 dir=$5; shift 5
  local log="$work/logs/$scenario-$label-n$n-r$rep.log" tf="$work/logs/time.out" status=0
  [ "$scenario" = warmup ] || wait_quiet
  (cd "$dir" && /usr/bin/time -f '%e %M' -o "$tf" "$@") >"$log" 2>&1 || status=$?
  local secs rss
  read -r secs rss < <(tail -n 1 "$tf")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$label" "$n" "$rep" "$secs" "$rss" \
    "$([ $status = 0 ] && echo ok || echo FAILED)" >>"$tsv"
  printf '  %-10s %-20s N=%-6s rep %s: %6ss %5s MiB%s\n' "$scenario" "$label" "$n" "$rep" "$secs" \
    "$((rss / 1024))" "$([ $status = 0 ] || echo "  FAILED, see ${log#"$bench"/}")"
  return $status
}

# failed LABEL N LOG WHY: records a failure (optional for the txnMode=all variant in full mode)
failed() {
  local first_error
  first_error=$(grep -m 1 -E '^(\[ERROR\] [^ ]|psql:)' "$3" | sed -E 's/.*on project [^:]*: //' | cut -c1-300 || true)
  local what="$1 N=$2: $4${first_error:+: $first_error} (log: ${3#"$bench"/})"
  if [ "$mode" = full ] && [ "$1" = dbmigrate-all ]; then
    notes+=("$what"); broken[$1:$2]=1
  else
    failures+=("$what")
  fi
  { grep -m 3 -E '^(\[ERROR\] [^ ]|psql:)' "$3" || tail -n 3 "$3"; } | cut -c1-400 | sed 's/^/    | /' >&2
}

# apply LABEL N REP DIR: one timed run of one tool on a fresh database of its own, then a check
# that the N tables exist
apply() {
  local label=$1 n=$2 rep=$3 dir=$4 scenario=${5:-apply}
  [ -z "${broken[$label:$n]:-}" ] || return 0
  local db=bench_${label//-/_}
  local log="$work/logs/$scenario-$label-n$n-r$rep.log"
  [ "$label" = empty ] || fresh_db "$db"
  local cmd
  case $label in
    empty) cmd=("${mvn[@]}" validate); dir=$work/empty ;;
    psql) cmd=(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f migrations.sql); dir=$dir/psql ;;
    dbmigrate) cmd=("${mvn[@]}" dbmigrate:up -Ddbmigrate.txnMode=per-file "-Dbench.url=$(url "$db")"); dir=$dir/dbmigrate ;;
    dbmigrate-all) cmd=("${mvn[@]}" dbmigrate:up "-Dbench.url=$(url "$db")"); dir=$dir/dbmigrate ;;
    flyway) cmd=("${mvn[@]}" flyway:migrate "-Dbench.url=$(url "$db")"); dir=$dir/flyway ;;
    liquibase) cmd=("${mvn[@]}" liquibase:update "-Dbench.url=$(url "$db")"); dir=$dir/liquibase ;;
  esac
  if ! timed "$scenario" "$label" "$n" "$rep" "$dir" "${cmd[@]}"; then
    failed "$label" "$n" "$log" "the run failed"; return 0
  fi
  if [ "$label" != empty ]; then
    local found; found=$(count_tables "$db")
    [ "$found" = "$n" ] || failed "$label" "$n" "$log" "expected $n tables, found $found"
  fi
}

tools="empty psql dbmigrate dbmigrate-all flyway liquibase"

say "warm-up (untimed; online, so that missing plugins and drivers are downloaded)"
for label in $tools; do
  apply "$label" 2 1 "$work/warmup" warmup
done
[ ${#failures[@]} = 0 ] || die "the warm-up failed: ${failures[*]}"
mvn+=(-o)

for n in $sizes; do
  say "applying N=$n migrations, $reps repetition(s), each tool on a fresh database"
  for rep in $(seq 1 "$reps"); do
    for label in $tools; do apply "$label" "$n" "$rep" "$work/n$n"; done
  done
done

say "no-op figures: $applied versions applied (setup untimed in the table: dbmigrate:up per-file)"
noop_db=bench_noop
noop_dir=$work/applied$applied/dbmigrate
fresh_db $noop_db
if ! timed applied setup "$applied" 1 "$noop_dir" "${mvn[@]}" dbmigrate:up -Ddbmigrate.txnMode=per-file "-Dbench.url=$(url $noop_db)"; then
  failed setup "$applied" "$work/logs/applied-setup-n$applied-r1.log" "the setup run failed"
else
  for rep in $(seq 1 "$reps"); do
    for goal in empty up status; do
      log="$work/logs/applied-$goal-n$applied-r$rep.log"
      case $goal in
        empty) timed applied empty "$applied" "$rep" "$work/empty" "${mvn[@]}" validate || failed empty "$applied" "$log" "the run failed" ;;
        *) timed applied "$goal" "$applied" "$rep" "$noop_dir" "${mvn[@]}" "dbmigrate:$goal" "-Dbench.url=$(url $noop_db)" \
             || failed "$goal" "$applied" "$log" "the run failed" ;;
      esac
    done
  done
fi

# ---- clean up the databases ----
for db in bench_psql bench_dbmigrate bench_dbmigrate_all bench_flyway bench_liquibase $noop_db; do
  admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
done

printf 'load average at end\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$machine"
if [ "$busy_starts" -gt 0 ]; then
  printf 'warning\t%s timed run(s) started while other processes used >= %s%% CPU (after waiting %ss)\n' \
    "$busy_starts" "$quiet_pct" "$quiet_wait" >>"$machine"
fi
if [ "$(jar_id)" != "$jar_at_start" ]; then
  printf 'warning\tthe plugin jar in ~/.m2 was replaced during the run (now %s)\n' "$(jar_id)" >>"$machine"
fi
for f in "${failures[@]}"; do printf 'failure\t%s\n' "$f" >>"$machine"; done
for f in "${notes[@]}"; do printf 'note\t%s\n' "$f" >>"$machine"; done

# ---- report ----
if [ "$mode" = full ]; then
  report=$bench/results/$(date -u +%Y-%m-%d_%H%M).md
else
  report=$work/smoke.md
fi
python3 "$bench/stats.py" --tsv "$tsv" --machine "$machine" --out "$report"
if [ "$mode" = full ]; then cp "$report" "$bench/results/latest.md"; fi
say "report written to ${report#"$root"/}$([ "$mode" = full ] && echo " and bench/results/latest.md")"

if [ ${#failures[@]} -gt 0 ]; then
  printf '[bench] FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
say "every tool ran successfully"
