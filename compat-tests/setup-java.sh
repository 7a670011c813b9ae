#!/usr/bin/env bash
# Resolves the Java side of compat-tests once: downloads the reference Kafka broker and the Java
# client from Maven Central, compiles compat-tests/java, and writes the runtime classpath (compiled
# classes first) to compat-tests/.cache/java-classpath.txt. Does nothing when that file is newer
# than the pom and every source file. Needs only Java 17 and Maven on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/java"
cache="$here/.cache"
classpath_file="$cache/java-classpath.txt"
classes="$project/target/classes"

up_to_date() {
  [[ -s "$classpath_file" && -d "$classes/gossip/compat" ]] || return 1
  local newer entry entries
  newer="$(find "$project/pom.xml" "$project/src" "$0" -newer "$classpath_file" -print -quit)"
  [[ -z "$newer" ]] || return 1
  # A cached classpath is only good while every jar it names is still there.
  IFS=: read -r -a entries < "$classpath_file"
  for entry in "${entries[@]}"; do
    [[ -e "$entry" ]] || return 1
  done
}

if up_to_date; then
  exit 0
fi

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "setup-java.sh: $tool is not on PATH (needs Java 17 and Maven)" >&2
    exit 1
  fi
done

mkdir -p "$cache"
# Several test processes may ask at once: one builds, the others wait and then find it done.
exec 9>"$cache/java-setup.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
  if up_to_date; then
    exit 0
  fi
fi

deps_file="$cache/java-deps.txt.tmp"
mvn -q -B -Dstyle.color=never -f "$project/pom.xml" compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$deps_file" >&2
printf '%s:%s\n' "$classes" "$(cat "$deps_file")" > "$classpath_file.tmp"
rm -f "$deps_file"
mv "$classpath_file.tmp" "$classpath_file"
echo "setup-java.sh: wrote $classpath_file" >&2
