# Consumer-group administration through kafka-python 2.0.2's KafkaAdminClient, for
# compat-tests/groups: one command per run (list, describe, offsets, delete), printing one JSON line.
# list: [[group, protocol_type]] sorted; describe: state, protocol type and name, member client ids
# with their assigned partitions; offsets: {"topic:partition": offset}; delete: [[group, error]].
import argparse
import json

from kafka import KafkaAdminClient


def describe(admin, group):
    out = []
    for d in admin.describe_consumer_groups([group]):
        members = []
        for m in d.members:
            parts = []
            if m.member_assignment:
                for _topic, partitions in m.member_assignment.assignment:
                    parts.extend(partitions)
            members.append({'clientId': m.client_id, 'parts': sorted(parts)})
        members.sort(key=lambda m: json.dumps(m, sort_keys=True))
        out.append({'group': d.group, 'state': d.state, 'protocolType': d.protocol_type,
                    'protocol': d.protocol, 'members': members})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('command')
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--group')
    args = parser.parse_args()
    admin = KafkaAdminClient(bootstrap_servers=args.bootstrap, client_id='gossip-compat-kafka-python-admin',
                             request_timeout_ms=20000)
    try:
        if args.command == 'list':
            result = sorted([list(g) for g in admin.list_consumer_groups()])
        elif args.command == 'describe':
            result = describe(admin, args.group)
        elif args.command == 'offsets':
            offsets = admin.list_consumer_group_offsets(args.group)
            result = {'%s:%d' % (tp.topic, tp.partition): om.offset for tp, om in sorted(offsets.items())}
        elif args.command == 'delete':
            result = sorted([[g, getattr(e, '__name__', type(e).__name__)] for g, e in admin.delete_consumer_groups([args.group])])
        else:
            raise SystemExit('unknown command ' + args.command)
    finally:
        admin.close()
    print(json.dumps(result))


if __name__ == '__main__':
    main()
