#!/bin/sh
# Installs the real Kafka clients that compat-tests drive (Debian packages, run as root):
# kcat 1.7 (librdkafka 2.0.2) and kafka-python 2.0.2 for /usr/bin/python3 with its snappy, lz4 and zstd
# codecs, and openssl (the migration TLS test makes its certificates with it). kafkajs comes from npm.
# Idempotent: apt runs only when a package is missing; the installed versions are printed at the end.
set -eu

packages="kcat python3-kafka python3-snappy python3-lz4 python3-zstandard openssl"

missing=""
for pkg in $packages; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing="$missing $pkg"
  fi
done

if [ -n "$missing" ]; then
  echo "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
fi

# `kcat -V` prints e.g. "kcat - Apache Kafka producer and consumer tool ... Version 1.7.1 (... librdkafka 2.0.2 ...)".
kcat_line=$(kcat -V 2>&1 | grep -i 'version' | head -n 1)
kcat_version=$(echo "$kcat_line" | sed -n 's/.*[Vv]ersion \([0-9][0-9.]*\).*/\1/p')
librdkafka_version=$(echo "$kcat_line" | sed -n 's/.*librdkafka \([0-9][0-9.]*\).*/\1/p')
kafka_python_version=$(/usr/bin/python3 -c 'import kafka; print(kafka.__version__)')

if [ -z "$kcat_version" ] || [ -z "$librdkafka_version" ]; then
  echo "kcat did not report its version: $kcat_line" >&2
  exit 1
fi

echo "kcat $kcat_version (librdkafka $librdkafka_version)"
echo "kafka-python $kafka_python_version (/usr/bin/python3)"
