// Command line for the Raft simulator. `SEED=42 npx tsx src/raft/sim-cli.ts` replays one seed
// exactly (printing its outcome or violation; a violation prints the full command to replay it);
// `--seeds N [--from S]` sweeps many seeds and stops at the first violation. Flags: --steps,
// --voters (default: 3 and 5 alternating by seed), --spares, --no-membership, --no-liveness,
// --no-faults, --batch, --unsafe-vote-twice, --unsafe-commit-old-term, and --trace (with SEED:
// print every event and each node's role, term and commit index).
import { type SimulationOptions, SimulationViolation, simulate } from './simulator.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function has(name: string): boolean {
  return process.argv.includes(name);
}

function optionsFor(seed: number, single: boolean): SimulationOptions {
  const votersFlag = flag('--voters');
  const spares = flag('--spares');
  const batch = flag('--batch');
  const unsafe = {
    ...(has('--unsafe-vote-twice') ? { voteTwiceInTerm: true } : {}),
    ...(has('--unsafe-commit-old-term') ? { commitOldTermByCount: true } : {}),
  };
  return {
    seed,
    voters: votersFlag === undefined ? [3, 5][seed % 2]! : Number(votersFlag),
    steps: Number(flag('--steps') ?? 5000),
    membershipChanges: !has('--no-membership'),
    liveness: !has('--no-liveness'),
    faults: !has('--no-faults'),
    ...(spares === undefined ? {} : { spares: Number(spares) }),
    ...(batch === undefined ? {} : { maxEntriesPerAppend: Number(batch) }),
    ...(Object.keys(unsafe).length === 0 ? {} : { unsafe }),
    ...(single && has('--trace') ? { trace: (line: string) => console.log(line) } : {}),
  };
}

function main(): number {
  const seedEnv = process.env.SEED;
  const from = seedEnv !== undefined ? Number(seedEnv) : Number(flag('--from') ?? 1);
  const count = seedEnv !== undefined ? 1 : Number(flag('--seeds') ?? 100);
  const started = performance.now();
  let steps = 0;
  for (let seed = from; seed < from + count; seed++) {
    const options = optionsFor(seed, count === 1);
    try {
      const result = simulate(options);
      steps += result.steps;
      if (count === 1) console.log(JSON.stringify({ voters: options.voters, ...result }));
    } catch (error) {
      if (error instanceof SimulationViolation) {
        console.error(error.message);
        return 1;
      }
      throw error;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${count} seeds passed (${steps} steps) in ${seconds.toFixed(1)} s: ` +
      `${(count / seconds).toFixed(0)} seeds/s, ${(steps / seconds / 1000).toFixed(0)}k steps/s`,
  );
  return 0;
}

process.exitCode = main();
