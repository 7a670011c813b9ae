// Preloaded into a GOssip broker (NODE_OPTIONS=--import) to profile it: Node refuses --cpu-prof in
// NODE_OPTIONS, so this starts the V8 sampling profiler through an in-process inspector session and
// writes a .cpuprofile into $GOSSIP_BENCH_PROFILE_DIR when the process exits. SIGUSR2 drops what was
// sampled so far and starts again, so a run can profile one phase only.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.GOSSIP_BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop', () => session.post('Profiler.start'));
  });
  process.once('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(dir, `gossip-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
