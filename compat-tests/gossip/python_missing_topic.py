"""Asks for a topic that does not exist, through kafka-python 2.0.2 (run with /usr/bin/python3).

Used against a broker with auto.create.topics.enable=false. Two paths: KafkaAdminClient's
describe_topics (Metadata v5, allow_auto_topic_creation=false) and a bare KafkaClient tracking the
topic, whose Metadata v1 request would auto-create it if the broker allowed that. Reports the error
code each path saw, whether the tracking client ever learned any partitions, and the broker version
kafka-python inferred. Prints one JSON object.

Usage: python_missing_topic.py --bootstrap HOST:PORT --topic NAME [--timeout-ms 10000]
"""

import argparse
import json
import sys
import time

from kafka import KafkaAdminClient
from kafka.client_async import KafkaClient
from kafka.protocol.metadata import MetadataRequest


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--topic', required=True)
    parser.add_argument('--timeout-ms', type=int, default=10000)
    return parser.parse_args()


def client_settings(args):
    return {
        'bootstrap_servers': args.bootstrap,
        'client_id': 'gossip-compat-kafka-python-missing',
        'request_timeout_ms': min(args.timeout_ms, 10000),
        'api_version_auto_timeout_ms': min(args.timeout_ms, 5000),
        'reconnect_backoff_ms': 50,
        'reconnect_backoff_max_ms': 500,
    }


def describe_with_admin(args):
    admin = KafkaAdminClient(**client_settings(args))
    try:
        topics = admin.describe_topics([args.topic])
        listed = sorted(admin.list_topics())
    finally:
        admin.close()
    entry = next((t for t in topics if t['topic'] == args.topic), None)
    return (None if entry is None else entry['error_code']), listed


def track_with_client(args):
    """Tracks the topic the way producers and consumers do, then sends the same Metadata v1
    request directly to read its error code. Returns (error code, partitions known, api version)."""
    client = KafkaClient(**client_settings(args))
    try:
        deadline = time.monotonic() + args.timeout_ms / 1000.0
        update = client.add_topic(args.topic)
        while not update.is_done and time.monotonic() < deadline:
            client.poll(timeout_ms=100)
        if not update.is_done:
            raise TimeoutError('no metadata response within %d ms' % args.timeout_ms)
        partitions = client.cluster.partitions_for_topic(args.topic)

        node = client.least_loaded_node()
        while not client.ready(node) and time.monotonic() < deadline:
            client.poll(timeout_ms=100)
        future = client.send(node, MetadataRequest[1](topics=[args.topic]))
        while not future.is_done and time.monotonic() < deadline:
            client.poll(timeout_ms=100)
        if not future.succeeded():
            raise RuntimeError('Metadata v1 request failed: %r' % (future.exception,))
        error_code = next(t[0] for t in future.value.topics if t[1] == args.topic)
        return error_code, sorted(partitions or []), client.config['api_version']
    finally:
        client.close()


def main():
    args = parse_args()
    admin_error, listed = describe_with_admin(args)
    client_error, partitions, api_version = track_with_client(args)
    json.dump({
        'adminErrorCode': admin_error,
        'clientErrorCode': client_error,
        'clientPartitions': partitions,
        'topics': listed,
        'apiVersion': list(api_version),
    }, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
