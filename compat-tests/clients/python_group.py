# One consumer-group member through kafka-python 2.0.2 (Debian's python3-kafka), for
# compat-tests/groups: subscribes to one topic with the range or roundrobin assignor, commits the
# consumed offsets after every poll, and prints JSON lines on stdout: {"e":"assigned","parts":[..]}
# after each rebalance, {"e":"rec","p","o","k","v"} per record (base64) and
# {"e":"commit","offsets":{..}} after each successful commit. SIGTERM closes the consumer (which
# sends LeaveGroup) and exits 0.
import argparse
import base64
import json
import signal
import sys

from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.coordinator.assignors.range import RangePartitionAssignor
from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor


def b64(data):
    return None if data is None else base64.b64encode(data).decode('ascii')


def emit(event):
    sys.stdout.write(json.dumps(event) + '\n')
    sys.stdout.flush()


class Listener(ConsumerRebalanceListener):
    def on_partitions_revoked(self, revoked):
        emit({'e': 'assigned', 'why': 'revoked', 'parts': []})

    def on_partitions_assigned(self, assigned):
        emit({'e': 'assigned', 'why': 'assigned', 'parts': sorted(tp.partition for tp in assigned)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--group', required=True)
    parser.add_argument('--topic', required=True)
    parser.add_argument('--assignor', default='range')
    parser.add_argument('--session-ms', type=int, default=6000)
    parser.add_argument('--heartbeat-ms', type=int, default=1000)
    parser.add_argument('--client-id', default='gossip-compat-kafka-python-group')
    args = parser.parse_args()

    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    assignor = RangePartitionAssignor if args.assignor == 'range' else RoundRobinPartitionAssignor
    consumer = KafkaConsumer(
        bootstrap_servers=args.bootstrap,
        group_id=args.group,
        client_id=args.client_id,
        enable_auto_commit=False,
        auto_offset_reset='earliest',
        session_timeout_ms=args.session_ms,
        heartbeat_interval_ms=args.heartbeat_ms,
        partition_assignment_strategy=[assignor],
        max_poll_records=500,
    )
    consumer.subscribe([args.topic], listener=Listener())
    while not stopping:
        batches = consumer.poll(timeout_ms=200)
        offsets = {}
        for tp, records in batches.items():
            for r in records:
                emit({'e': 'rec', 'p': r.partition, 'o': r.offset, 'k': b64(r.key), 'v': b64(r.value)})
                offsets[tp] = OffsetAndMetadata(r.offset + 1, '')
        if not offsets:
            continue
        try:
            consumer.commit(offsets)
            emit({'e': 'commit', 'offsets': {str(tp.partition): om.offset for tp, om in offsets.items()}})
        except Exception as error:  # a rebalance or a coordinator move: the records stay uncommitted
            sys.stderr.write('commit failed: %r\n' % (error,))
    consumer.close()


if __name__ == '__main__':
    main()
