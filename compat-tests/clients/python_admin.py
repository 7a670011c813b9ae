"""Topic administration through kafka-python 2.0.2's KafkaAdminClient (run with /usr/bin/python3).

create_topics (2 partitions, retention.ms and max.message.bytes set), describe_configs,
alter_configs (retention.ms; AlterConfigs replaces the topic's whole dynamic set, so
max.message.bytes is sent again), create_partitions (to 4), delete_topics and list_topics. This
kafka-python has no delete_records. Prints one JSON object with what each step saw.

Usage: python_admin.py --bootstrap HOST:PORT --topic NAME
"""

import argparse
import json
import sys
import time

from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions, NewTopic

WATCHED = ['retention.ms', 'max.message.bytes', 'cleanup.policy']


def describe(admin, topic):
    response = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])[0]
    resource = response.resources[0]
    error_code, entries = resource[0], resource[4]
    values = {name: value for (name, value, *_rest) in entries}
    return {'errorCode': error_code, **{name: values.get(name) for name in WATCHED}}


def partition_count(admin, topic, expected):
    deadline = time.monotonic() + 15
    while True:
        found = admin.describe_topics([topic])[0]
        count = len(found['partitions'])
        if count == expected or time.monotonic() > deadline:
            return count
        time.sleep(0.1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--topic', required=True)
    args = parser.parse_args()
    admin = KafkaAdminClient(bootstrap_servers=args.bootstrap, client_id='gossip-compat-kafka-python-admin')
    out = {}
    try:
        topic = args.topic
        created = admin.create_topics([NewTopic(topic, 2, 1, topic_configs={
            'retention.ms': '86400000', 'max.message.bytes': '500000'})])
        out['createErrors'] = [e[1] for e in created.topic_errors]
        out['partitionsAfterCreate'] = partition_count(admin, topic, 2)
        out['configsAfterCreate'] = describe(admin, topic)
        altered = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs={
            'retention.ms': '3600000', 'max.message.bytes': '500000'})])
        out['alterErrors'] = [r[0] for r in altered.resources]
        out['configsAfterAlter'] = describe(admin, topic)
        grown = admin.create_partitions({topic: NewPartitions(4)})
        out['createPartitionsErrors'] = [e[1] for e in grown.topic_errors]
        out['partitionsAfterCreatePartitions'] = partition_count(admin, topic, 4)
        deleted = admin.delete_topics([topic])
        out['deleteErrors'] = [e[1] for e in deleted.topic_error_codes]
        out['listedAfterDelete'] = topic in admin.list_topics()
    finally:
        admin.close()
    json.dump(out, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
