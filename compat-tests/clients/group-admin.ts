// Consumer-group administration drivers for compat-tests/groups: the Java AdminClient through
// gossip.compat.GroupAdmin (one command per JVM), kafka-python's KafkaAdminClient through
// python_admin_group.py, each printing one JSON line that is parsed here.
import { join } from 'node:path';
import { fastStartJvmFlags, runJavaMain } from '../harness/java-client.js';
import { systemPython } from './kafka-python.js';
import { parseLastJsonLine, runProgram } from './run-program.js';

export type JavaGroupCommand = 'list' | 'describe' | 'offsets' | 'alter' | 'delete-offsets' | 'delete';

/** Runs one GroupAdmin command; `args` are extra flags (--group, --topic, --offsets, --partitions). */
export async function javaGroupAdmin<T>(
  bootstrap: string,
  command: JavaGroupCommand,
  args: string[] = [],
): Promise<T> {
  const result = await runJavaMain('gossip.compat.GroupAdmin', [command, '--bootstrap', bootstrap, ...args], {
    timeoutMs: 60_000,
    jvmFlags: ['-Xmx192m', ...fastStartJvmFlags],
  });
  if (result.code !== 0)
    throw new Error(`GroupAdmin ${command} exited with ${result.code}:\n${result.stderr.slice(-3000)}`);
  return parseLastJsonLine<T>(result.stdout, `GroupAdmin ${command}`);
}

export type PythonGroupCommand = 'list' | 'describe' | 'offsets' | 'delete';

export async function pythonGroupAdmin<T>(
  bootstrap: string,
  command: PythonGroupCommand,
  group?: string,
): Promise<T> {
  const args = ['-B', join(import.meta.dirname, 'python_admin_group.py'), command, '--bootstrap', bootstrap];
  if (group !== undefined) args.push('--group', group);
  const { stdout } = await runProgram(systemPython, args, 60_000);
  return parseLastJsonLine<T>(stdout, `python_admin_group.py ${command}`);
}
