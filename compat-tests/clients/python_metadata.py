"""Metadata driver for kafka-python (Debian python3-kafka 2.0.2; run with /usr/bin/python3).

Asks a broker for cluster metadata the way kafka-python applications do: KafkaAdminClient for
describe_cluster / list_topics, and a bare KafkaClient tracking one topic so its Metadata v1
request auto-creates that topic when the broker allows it. (KafkaConsumer.partitions_for_topic
would not: it fetches all-topics metadata, which never creates anything.) Prints one JSON object.

Usage: python_metadata.py --bootstrap HOST:PORT --topic NAME [--timeout-ms 15000] [--client-id ID]
"""

import argparse
import json
import sys
import time

import kafka
from kafka import KafkaAdminClient
from kafka.client_async import KafkaClient


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--topic', required=True)
    parser.add_argument('--timeout-ms', type=int, default=15000)
    parser.add_argument('--client-id', default='gossip-compat-kafka-python')
    return parser.parse_args()


def client_settings(args):
    return {
        'bootstrap_servers': args.bootstrap,
        'client_id': args.client_id,
        'request_timeout_ms': min(args.timeout_ms, 10000),
        'api_version_auto_timeout_ms': min(args.timeout_ms, 5000),
        'reconnect_backoff_ms': 50,
        'reconnect_backoff_max_ms': 500,
    }


def describe_with_admin(args):
    admin = KafkaAdminClient(**client_settings(args))
    try:
        cluster = admin.describe_cluster()
        return admin, cluster
    except Exception:
        admin.close()
        raise


def auto_create(args):
    """Tracks the topic with a KafkaClient until every partition has a leader; returns
    (sorted partition ids, inferred broker version)."""
    client = KafkaClient(**client_settings(args))
    try:
        deadline = time.monotonic() + args.timeout_ms / 1000.0
        client.add_topic(args.topic)
        while time.monotonic() < deadline:
            client.poll(timeout_ms=100)
            partitions = client.cluster.partitions_for_topic(args.topic)
            available = client.cluster.available_partitions_for_topic(args.topic)
            if partitions and available is not None and len(available) == len(partitions):
                return sorted(partitions), client.config['api_version']
            if not client._metadata_refresh_in_progress:
                client.cluster.request_update()
        raise TimeoutError('topic %s did not appear with leaders within %d ms' % (args.topic, args.timeout_ms))
    finally:
        client.close()


def main():
    args = parse_args()
    admin, cluster = describe_with_admin(args)
    try:
        partitions, api_version = auto_create(args)
        topics = sorted(admin.list_topics())
    finally:
        admin.close()
    result = {
        'client': 'kafka-python',
        'clientVersion': kafka.__version__,
        'brokers': [
            {'nodeId': b['node_id'], 'host': b['host'], 'port': b['port'], 'rack': b.get('rack')}
            for b in cluster['brokers']
        ],
        'clusterId': cluster.get('cluster_id'),
        'controllerId': cluster.get('controller_id'),
        'topics': topics,
        'autoCreated': {'name': args.topic, 'partitions': partitions},
        'apiVersion': list(api_version),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
