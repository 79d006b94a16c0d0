# Finds a JDK 25 or newer. Sourced (not run) by ./talentsync and .ci/run.
#
#   . scripts/find-jdk.sh
#   ts_find_jdk || { echo "$TS_JDK_HINT" >&2; exit 1; }
#   JAVA_HOME=$TS_JDK
#
# Order: $JAVA_HOME if it is 25+, else `java` on PATH if 25+, else the newest
# 25+ JDK in the system's JVM folders (/usr/lib/jvm, and on macOS
# /Library/Java/JavaVirtualMachines). A JDK here is a folder with bin/java and
# bin/javac (the launcher compiles, the packaging runs jpackage).
#
# The version comes from the JDK's `release` file, read with shell built-ins,
# and results go through variables, not $(...): the launcher runs this on
# every start. Works with bash 3.2 (macOS) and `set -euo pipefail`.

TS_JDK_MIN=${TS_JDK_MIN:-25}
TS_JDK_HINT="talentsync: no JDK ${TS_JDK_MIN}+ found: install Temurin ${TS_JDK_MIN} (or any JDK ${TS_JDK_MIN}+) or set JAVA_HOME to one"

# Sets TS_MAJOR to the feature version of the JDK at $1 (25 for "25.0.3",
# 8 for "1.8.0_452"); fails when $1 is not a JDK.
ts_jdk_major() {
  local home=$1 line v=
  TS_MAJOR=
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in
        JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;;
      esac
    done <"$home/release"
  fi
  if [ -z "$v" ]; then
    # No release file: ask the JVM (slow, rare).
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = //p' | head -n1) || v=
  fi
  case $v in
    1.*) v=${v#1.} ;;
  esac
  v=${v%%[!0-9]*}
  [ -n "$v" ] || return 1
  TS_MAJOR=$v
}

# Succeeds when the JDK at $1 is TS_JDK_MIN or newer.
ts_jdk_ok() {
  ts_jdk_major "$1" && [ "$TS_MAJOR" -ge "$TS_JDK_MIN" ]
}

# Sets TS_PATH_HOME to the JDK folder of the `java` found on PATH, following
# symlinks such as /usr/bin/java -> /etc/alternatives/java -> .../bin/java.
ts_path_java_home() {
  local java= d dir target old_ifs=$IFS
  TS_PATH_HOME=
  IFS=:
  for d in $PATH; do
    if [ -n "$d" ] && [ -f "$d/java" ] && [ -x "$d/java" ]; then
      java=$d/java
      break
    fi
  done
  IFS=$old_ifs
  [ -n "$java" ] || return 1
  while [ -L "$java" ]; do
    dir=$(cd -P "${java%/*}" && pwd) || return 1
    target=$(readlink "$java") || return 1
    case $target in
      /*) java=$target ;;
      *) java=$dir/$target ;;
    esac
  done
  TS_PATH_HOME=$(cd -P "${java%/*}/.." && pwd) || return 1
}

# Sets TS_JDK to the home of the JDK to use; fails when there is none.
ts_find_jdk() {
  local home best= best_major=0
  TS_JDK=
  if [ -n "${JAVA_HOME:-}" ] && ts_jdk_ok "$JAVA_HOME"; then
    TS_JDK=${JAVA_HOME%/}
    return 0
  fi
  if ts_path_java_home && ts_jdk_ok "$TS_PATH_HOME"; then
    TS_JDK=$TS_PATH_HOME
    return 0
  fi
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] || continue
    ts_jdk_major "$home" || continue
    if [ "$TS_MAJOR" -ge "$TS_JDK_MIN" ] && [ "$TS_MAJOR" -gt "$best_major" ]; then
      best=$home
      best_major=$TS_MAJOR
    fi
  done
  [ -n "$best" ] || return 1
  TS_JDK=$best
}
