#!/usr/bin/env bash
# Start-up time and idle memory of the app under different JVM flags, using the
# app's own `--measure-startup` (prints library-ready-ms, then idle-rss-mib
# after 10 s idle). Runs each variant RUNS times (default 5) and prints the
# medians. Needs a display (a desktop, or `Xvfb :99 & DISPLAY=:99`), or
# HEADLESS=1 for JavaFX's headless glass platform.
#
#   packaging/src/tools/measure-startup.sh            # from the repository root
#
# Build first (./talentsync --version does it, and makes the AOT cache).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
. "$root/scripts/find-jdk.sh"
ts_find_jdk || { echo "$TS_JDK_HINT" >&2; exit 1; }
java=$TS_JDK/bin/java
target=$root/app/target
jar=$target/talentsync-app.jar
runs=${RUNS:-5}
data=$(mktemp -d)
jsa=$(mktemp -d)/talentsync.jsa
trap 'rm -rf "$data" "${jsa%/*}"' EXIT
fx=()
[ "${HEADLESS:-}" = 1 ] && fx=(-Dglass.platform=headless -Dprism.order=sw)
quiet=(-Xlog:disable -Xlog:all=warning,cds=off,aot=off:stderr --enable-native-access=ALL-UNNAMED)

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "n/a")}'; }

measure() {
  local name=$1; shift
  local ready=() rss=() out i
  for ((i = 0; i < runs; i++)); do
    out=$(TALENTSYNC_LAUNCH_EPOCH_MS=$(now_ms) "$@" --data-dir "$data" --measure-startup 2>/dev/null)
    ready+=("$(sed -n 's/^library-ready-ms=//p' <<<"$out")")
    rss+=("$(sed -n 's/^idle-rss-mib=//p' <<<"$out")")
  done
  printf '%-34s library-ready %5s ms   idle RSS %4s MiB   (median of %d)\n' "$name" \
    "$(printf '%s\n' "${ready[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" "$runs"
}

# A dynamic AppCDS archive for the AppCDS variant, from one run.
"$java" -XX:+UseSerialGC "${quiet[@]}" -XX:ArchiveClassesAtExit="$jsa" ${fx[@]+"${fx[@]}"} \
  -jar "$jar" --data-dir "$data" --smoke-test >/dev/null 2>&1 || true

measure "java -jar (G1, default CDS)" "$java" "${quiet[@]}" ${fx[@]+"${fx[@]}"} -jar "$jar"
measure "SerialGC" "$java" -XX:+UseSerialGC "${quiet[@]}" ${fx[@]+"${fx[@]}"} -jar "$jar"
measure "SerialGC + AppCDS (dynamic)" "$java" -XX:+UseSerialGC "${quiet[@]}" "-XX:SharedArchiveFile=$jsa" ${fx[@]+"${fx[@]}"} -jar "$jar"
if [ -s "$target/talentsync.aot" ]; then
  measure "SerialGC + AOT cache" "$java" -XX:+UseSerialGC "${quiet[@]}" "-XX:AOTCache=$target/talentsync.aot" ${fx[@]+"${fx[@]}"} -jar "$jar"
fi
if [ ${#fx[@]} -eq 0 ]; then
  measure "./talentsync (script + JVM)" "$root/talentsync"
else
  measure "./talentsync (script + JVM)" env JAVA_OPTS="${fx[*]}" "$root/talentsync"
fi
