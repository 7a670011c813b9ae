// Runs the Java side of compat-tests: makes sure compat-tests/java is built and its runtime
// classpath is cached (by running setup-java.sh, which is a no-op when up to date), then runs a
// class from it with `java -cp` and collects its output. Used for the reference Kafka broker and
// for Java client programs such as gossip.compat.AdminMetadata.
import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { hasCommand } from './env.js';

const compatDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const setupScript = join(compatDir, 'setup-java.sh');
export const javaClasspathFile = join(compatDir, '.cache', 'java-classpath.txt');

/** JVM flags that favour start-up time over peak speed (right for short client runs and tests). */
export const fastStartJvmFlags: readonly string[] = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

export interface JavaResult {
  stdout: string;
  stderr: string;
  /** Exit code, or null when the process was ended by a signal (e.g. the timeout). */
  code: number | null;
}

export interface RunJavaOptions {
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
  /** JVM flags placed before the class name (default: small heap and fast start). */
  jvmFlags?: readonly string[];
}

/** The `java` launcher: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

/** True when the Java programs can be built (java and mvn on PATH). */
export function javaToolsAvailable(): boolean {
  return hasCommand(javaCommand()) && hasCommand('mvn');
}

/** Builds compat-tests/java if needed and returns its runtime classpath. */
export async function javaClasspath(): Promise<string> {
  await promisify(execFile)('bash', [setupScript], { maxBuffer: 16 * 1024 * 1024 });
  const classpath = (await readFile(javaClasspathFile, 'utf8')).trim();
  if (classpath === '') throw new Error(`${javaClasspathFile} is empty; rerun ${setupScript}`);
  return classpath;
}

/** Runs `className` from the compiled project with the cached classpath and waits for it to exit. */
export async function runJavaMain(
  className: string,
  args: readonly string[],
  options: RunJavaOptions = {},
): Promise<JavaResult> {
  const classpath = await javaClasspath();
  const jvmFlags = options.jvmFlags ?? ['-Xmx256m', ...fastStartJvmFlags];
  const child = spawn(javaCommand(), [...jvmFlags, '-cp', classpath, className, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (exitCode) => resolve(exitCode));
    });
    return {
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      code,
    };
  } finally {
    clearTimeout(timer);
  }
}
