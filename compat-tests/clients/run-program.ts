// Runs a client program to completion with a hard timeout and hands back its output, so every
// driver wrapper fails fast and with the program's own stderr when a client misbehaves.
import { execFile } from 'node:child_process';

export interface ProgramResult {
  stdout: string;
  stderr: string;
}

export class ProgramError extends Error {
  constructor(
    message: string,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ProgramError';
  }
}

/** Runs `file args...`; rejects with ProgramError (stderr attached) on a non-zero exit or timeout. */
export function runProgram(file: string, args: string[], timeoutMs: number): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const how = error.killed
            ? `killed after ${timeoutMs} ms`
            : `failed (${error.code ?? error.message})`;
          const tail = stderr.trim().split('\n').slice(-20).join('\n');
          reject(new ProgramError(`${file} ${args.join(' ')} ${how}\n${tail}`, stdout, stderr));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

/** Parses the last non-empty line of a program's stdout as JSON (diagnostics may precede it). */
export function parseLastJsonLine<T>(stdout: string, what: string): T {
  const lines = stdout.split('\n').filter((line) => line.trim() !== '');
  const last = lines[lines.length - 1];
  if (last === undefined) throw new Error(`${what} printed nothing on stdout`);
  try {
    return JSON.parse(last) as T;
  } catch (cause) {
    throw new Error(`${what} printed non-JSON output: ${last.slice(0, 500)}`, { cause });
  }
}
