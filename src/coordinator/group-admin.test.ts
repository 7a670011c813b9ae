// DescribeGroups, ListGroups and DeleteGroups on the classic group coordinator shard.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import { completeSync, G, threeMemberGroup } from './group-test-support.js';
import { Harness } from './test-support.js';

test('DescribeGroups, ListGroups and DeleteGroups', (t) => {
  const h = new Harness();
  const { responses } = threeMemberGroup(h);
  let d = h.shard.describeGroups([G, 'unknown'])[0]!;
  t.is(d.groupState, 'CompletingRebalance');
  t.is(d.protocolData, '');
  t.true(d.members.every((m) => m.memberMetadata.length === 0));
  completeSync(h, responses);
  d = h.shard.describeGroups([G])[0]!;
  t.is(d.groupState, 'Stable');
  t.is(d.protocolType, 'consumer');
  t.is(d.protocolData, 'range');
  t.is(d.members.length, 3);
  t.true(d.members.every((m) => m.memberMetadata.length > 0 && m.memberAssignment.length === 1));
  t.deepEqual(h.shard.describeGroups(['unknown'])[0], {
    errorCode: ErrorCode.NONE,
    groupId: 'unknown',
    groupState: 'Dead',
    protocolType: '',
    protocolData: '',
    members: [],
  });
  t.is(h.shard.describeGroups([''])[0]?.errorCode, ErrorCode.INVALID_GROUP_ID);

  h.commit({ groupId: 'simple' }, [['t', 0, 1n]]);
  t.deepEqual(
    h.shard.listGroups().map((g) => [g.groupId, g.groupState]),
    [
      [G, 'Stable'],
      ['simple', 'Empty'],
    ],
  );
  t.deepEqual(
    h.shard.listGroups(['EMPTY']).map((g) => g.groupId),
    ['simple'],
  );
  t.deepEqual(
    h.shard.listGroups(['stable', 'preparingrebalance']).map((g) => g.groupId),
    [G],
  );

  const del = h.run(h.shard.deleteGroups([G, 'simple', 'simple', 'nope', ''], h.nowMs));
  t.deepEqual(
    del.map((r) => r.errorCode),
    [
      ErrorCode.NON_EMPTY_GROUP,
      ErrorCode.NONE,
      ErrorCode.GROUP_ID_NOT_FOUND,
      ErrorCode.GROUP_ID_NOT_FOUND,
      ErrorCode.INVALID_GROUP_ID,
    ],
  );
  t.is(h.shard.group('simple'), undefined);
  t.deepEqual(
    h.shard.offsetEntries().map((e) => e[0]),
    [],
  );
  t.is(h.shard.describeGroups(['simple'])[0]?.groupState, 'Dead');
});
