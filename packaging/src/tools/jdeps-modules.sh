#!/usr/bin/env bash
# Prints the JDK modules that the app's jars use, to check `jlink.modules` in
# packaging/pom.xml against after adding or upgrading a dependency.
#
#   JAVA_HOME=/path/to/jdk-25 packaging/src/tools/jdeps-modules.sh
#
# jdeps over the jars themselves fails: several are modular jars whose
# `requires` name modules jdeps cannot find (javafx.base, org.slf4j, ...).
# So the classes are unpacked into one folder, module-info.class dropped,
# and analysed as plain class-path code. Takes ~20 s. jdeps cannot see
# ServiceLoader, reflection or charset/locale look-ups: the list in the pom
# adds those by hand (jdk.charsets, jdk.localedata, jdk.zipfs, ...).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
target=$root/app/target
[ -f "$target/talentsync-app.jar" ] || { echo "build the app first: ./mvnw -q package -DskipTests -pl app -am" >&2; exit 1; }
jdk=${JAVA_HOME:?set JAVA_HOME to a JDK 25+}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for jar in "$target/talentsync-app.jar" "$target"/lib/*.jar; do
  (cd "$tmp" && unzip -qo "$jar" -x 'META-INF/*' 'module-info.class' 2>/dev/null) || true
done
find "$tmp" -name module-info.class -delete
"$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps "$tmp"
