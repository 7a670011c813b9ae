"""Data-path driver for kafka-python (Debian python3-kafka 2.0.2; run with /usr/bin/python3).

produce: reads the record-set JSONL ({"p","ts","k","v","h"}, bytes in base64) and sends every
record to its partition with its CreateTime and headers (acks=all, the given codec), then flushes
and checks every send. kafka-python 2.0.2's send() rejects null header values and records with
neither key nor value: the caller writes the input without them (kafka-python-data.ts). consume: assigns partitions (no group), starts at the beginning, an offset or
a timestamp (offsets_for_times), reads up to the end offsets and prints one JSONL line per record
(the input fields plus "o"). offsets-for-times: prints offsets_for_times for one timestamp.
codecs: prints which codecs this kafka-python can use here.

Usage: python_produce_consume.py produce --bootstrap B --topic T --input FILE [--codec gzip]
       python_produce_consume.py consume --bootstrap B --topic T [--partition P] [--offset N | --timestamp MS]
       python_produce_consume.py offsets-for-times --bootstrap B --topic T --timestamp MS
       python_produce_consume.py codecs
"""

import argparse
import base64
import json
import sys
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka import codec as kafka_codec

CLIENT_ID = 'gossip-compat-kafka-python'


def b64(data):
    return None if data is None else base64.b64encode(data).decode('ascii')


def unb64(text):
    return None if text is None else base64.b64decode(text)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('command', choices=['produce', 'consume', 'offsets-for-times', 'codecs'])
    parser.add_argument('--bootstrap')
    parser.add_argument('--topic')
    parser.add_argument('--input')
    parser.add_argument('--codec', default='none')
    parser.add_argument('--partition', type=int)
    parser.add_argument('--offset', type=int)
    parser.add_argument('--timestamp', type=int)
    parser.add_argument('--timeout-ms', type=int, default=60000)
    return parser.parse_args()


def common(args):
    return {
        'bootstrap_servers': args.bootstrap,
        'client_id': CLIENT_ID,
        'request_timeout_ms': 30000,
        'reconnect_backoff_ms': 50,
    }


def produce(args):
    producer = KafkaProducer(
        acks='all',
        compression_type=None if args.codec == 'none' else args.codec,
        linger_ms=5,
        batch_size=256 * 1024,
        max_in_flight_requests_per_connection=1,
        **common(args))
    failures = []
    sent = 0
    try:
        with open(args.input, 'r', encoding='ascii') as lines:
            for line in lines:
                record = json.loads(line)
                future = producer.send(
                    args.topic,
                    key=unb64(record['k']),
                    value=unb64(record['v']),
                    headers=[(name, unb64(value)) for name, value in record['h']],
                    partition=record['p'],
                    timestamp_ms=record['ts'])
                future.add_errback(failures.append)
                sent += 1
        producer.flush(timeout=args.timeout_ms / 1000.0)
    finally:
        producer.close(timeout=10)
    if failures:
        raise RuntimeError('%d of %d sends failed, first: %r' % (len(failures), sent, failures[0]))
    json.dump({'sent': sent}, sys.stdout)
    sys.stdout.write('\n')


def consumer_for(args):
    return KafkaConsumer(
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset='earliest',
        fetch_max_bytes=8 * 1024 * 1024,
        max_partition_fetch_bytes=4 * 1024 * 1024,
        **common(args))


def partitions_of(consumer, args):
    deadline = time.monotonic() + args.timeout_ms / 1000.0
    while time.monotonic() < deadline:
        ids = consumer.partitions_for_topic(args.topic)
        if ids:
            chosen = sorted(ids) if args.partition is None else [args.partition]
            return [TopicPartition(args.topic, p) for p in chosen]
        time.sleep(0.1)
    raise TimeoutError('topic %s has no partitions' % args.topic)


def consume(args):
    consumer = consumer_for(args)
    try:
        partitions = partitions_of(consumer, args)
        consumer.assign(partitions)
        if args.timestamp is not None:
            found = consumer.offsets_for_times({tp: args.timestamp for tp in partitions})
            ends = consumer.end_offsets(partitions)
            for tp in partitions:
                at = found.get(tp)
                consumer.seek(tp, ends[tp] if at is None else at.offset)
        elif args.offset is not None:
            for tp in partitions:
                consumer.seek(tp, args.offset)
        else:
            consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        deadline = time.monotonic() + args.timeout_ms / 1000.0
        out = sys.stdout
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            if time.monotonic() > deadline:
                raise TimeoutError('consume did not reach the end offsets %r' % ends)
            for tp, records in consumer.poll(timeout_ms=500, max_records=10000).items():
                for r in records:
                    out.write(json.dumps({
                        'p': tp.partition, 'o': r.offset, 'ts': r.timestamp,
                        'k': b64(r.key), 'v': b64(r.value),
                        'h': [[name, b64(value)] for name, value in r.headers],
                    }))
                    out.write('\n')
    finally:
        consumer.close(autocommit=False)


def offsets_for_times(args):
    consumer = consumer_for(args)
    try:
        partitions = partitions_of(consumer, args)
        found = consumer.offsets_for_times({tp: args.timestamp for tp in partitions})
        result = {}
        for tp in partitions:
            at = found.get(tp)
            result[str(tp.partition)] = None if at is None else {'offset': at.offset, 'timestamp': at.timestamp}
        json.dump(result, sys.stdout)
        sys.stdout.write('\n')
    finally:
        consumer.close(autocommit=False)


def codecs():
    available = ['none', 'gzip']
    if kafka_codec.has_snappy():
        available.append('snappy')
    if kafka_codec.has_lz4():
        available.append('lz4')
    if kafka_codec.has_zstd():
        available.append('zstd')
    json.dump({'codecs': available}, sys.stdout)
    sys.stdout.write('\n')


def main():
    args = parse_args()
    if args.command == 'produce':
        produce(args)
    elif args.command == 'consume':
        consume(args)
    elif args.command == 'offsets-for-times':
        offsets_for_times(args)
    else:
        codecs()


if __name__ == '__main__':
    main()
