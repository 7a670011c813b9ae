// The per-file broker every groups test file shares: started once in test.before for GROUPS_BROKER,
// stopped in test.after.always, and a `ready` gate that skips a test (or fails it under CI=true,
// through missing()) when the broker or a client it needs is not available here.
import type { ExecutionContext, TestFn } from 'ava';
import {
  type BrokerKind,
  brokerMissing,
  type GroupsBroker,
  type GroupsBrokerOptions,
  startBroker,
  targetKind,
} from './broker.js';

export interface BrokerFixture {
  kind: BrokerKind;
  /** The broker, or undefined after logging why the test skips. */
  ready(t: ExecutionContext, clientSkip?: string): GroupsBroker | undefined;
}

export function useBroker(test: TestFn, options: GroupsBrokerOptions = {}): BrokerFixture {
  const kind = targetKind();
  let broker: GroupsBroker | undefined;
  let skip: string | undefined;
  test.before(async () => {
    skip = brokerMissing(kind);
    if (skip === undefined) broker = await startBroker(kind, options);
  });
  test.after.always(async () => {
    await broker?.stop();
  });
  return {
    kind,
    ready(t, clientSkip) {
      const why = skip ?? clientSkip;
      if (why !== undefined || broker === undefined) {
        t.log(`skipped: ${why}`);
        t.pass();
        return undefined;
      }
      return broker;
    },
  };
}
