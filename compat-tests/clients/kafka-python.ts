// Runs python_metadata.py (kafka-python 2.0.2 from Debian's python3-kafka) and returns its JSON.
// Debian installs the module for /usr/bin/python3 only; the `python3` first on PATH may be another
// interpreter without it, so the path is fixed here.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ClientMetadata, type DriverOptions, defaultDriverTimeoutMs } from './client-metadata.js';
import { parseLastJsonLine, runProgram } from './run-program.js';

export const systemPython = '/usr/bin/python3';
/** The client_id python_metadata.py is run with. */
export const kafkaPythonClientId = 'gossip-compat-kafka-python';
const script = fileURLToPath(new URL('./python_metadata.py', import.meta.url));

/** True when /usr/bin/python3 can import kafka-python. */
export function hasKafkaPython(): boolean {
  try {
    execFileSync(systemPython, ['-c', 'import kafka'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** The common metadata shape through kafka-python (admin client plus an auto-creating KafkaClient). */
export async function kafkaPythonMetadata(options: DriverOptions): Promise<ClientMetadata> {
  const timeoutMs = options.timeoutMs ?? defaultDriverTimeoutMs;
  const args = [
    script,
    '--bootstrap',
    options.bootstrap,
    '--topic',
    options.topic,
    '--timeout-ms',
    String(timeoutMs),
    '--client-id',
    kafkaPythonClientId,
  ];
  // The script bounds its own waits by timeoutMs; the extra margin covers interpreter start-up.
  const { stdout } = await runProgram(systemPython, ['-B', ...args], timeoutMs + 10_000);
  return parseLastJsonLine<ClientMetadata>(stdout, 'python_metadata.py');
}
