#!/usr/bin/env bash
# Interleaved A/B of two builds of the plugin on the same N migrations: on this kind of machine the
# database's own speed drifts by a factor of two within an hour, so only runs that alternate
# (A, B, psql, A, B, psql, ...) can be compared.
#
#   bench/ab.sh A.jar B.jar [N] [REPS] [extra dbmigrate:up arguments...]
#
# Each jar is copied over the installed plugin jar before its run and the installed jar is put back
# at the end. Prints each run and the medians; the psql floor runs in the same rotation.
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
jar_a=$(realpath "$1") jar_b=$(realpath "$2") n=${3:-1000} reps=${4:-5}
shift $(($# < 4 ? $# : 4))
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench")
work=$bench/work/ab$n
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
installed=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/io/github/dbmigrate/dbmigrate-maven-plugin/0.1.0-SNAPSHOT/dbmigrate-maven-plugin-0.1.0-SNAPSHOT.jar
[ -f "$installed" ] || { echo "install the plugin first: ./mvnw -B -q install -DskipTests -Dinvoker.skip=true" >&2; exit 1; }
cp "$installed" "$work.saved.jar" 2>/dev/null || { mkdir -p "$(dirname "$work")"; cp "$installed" "$work.saved.jar"; }
trap 'cp "$work.saved.jar" "$installed"' EXIT

[ -d "$work/dbmigrate" ] || python3 "$bench/gen.py" --out "$work" --n "$n" --tools dbmigrate,psql \
  --dbmigrate 0.1.0-SNAPSHOT --flyway 0 --liquibase 0 --pgjdbc 0
db=bench_ab
fresh_db() {
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" -c "CHECKPOINT" >/dev/null
}
run() {   # run LABEL: prints the wall-clock seconds of one run on a fresh database
  local label=$1 start end; shift
  fresh_db
  start=$(date +%s.%N)
  case $label in
    psql) (cd "$work/psql" && psql -X -q -v ON_ERROR_STOP=1 -d $db -f migrations.sql >/dev/null) ;;
    *) cp "$([ "$label" = A ] && echo "$jar_a" || echo "$jar_b")" "$installed"
       (cd "$work/dbmigrate" && "$root/mvnw" -B -q -o dbmigrate:up "-Dbench.url=jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER" "$@" >/dev/null) ;;
  esac
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
declare -A times
for rep in $(seq 1 "$reps"); do
  for label in A B psql; do
    t=$(run $label "$@")
    times[$label]="${times[$label]:-} $t"
    printf 'rep %s %-4s %6.2f s\n' "$rep" "$label" "$t"
  done
done
PGOPTIONS='-c client_min_messages=warning' psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for label in A B psql; do
  printf 'median %-4s %6.2f s\n' "$label" "$(echo "${times[$label]}" | median)"
done
