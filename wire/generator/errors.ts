// Emits wire/generated/error-codes.ts from kafka-errors.tsv (code, name, retriable, message), the
// error table of Kafka 3.9's protocol, so every handler names error codes the way Kafka does.
import { readFileSync } from 'node:fs';

export function emitErrorCodes(header: string, tsvPath: string): string {
  const rows = readFileSync(tsvPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [code, name, retriable, message] = l.split('\t');
      return { code: Number(code), name: name!, retriable: retriable === 'true', message: message ?? '' };
    })
    .sort((a, b) => a.code - b.code);
  const lines = [
    header,
    '/** Kafka protocol error codes by name. */',
    'export const ErrorCode = {',
    ...rows.map((r) => `  ${r.name}: ${r.code},`),
    '} as const;',
    '',
    'export type ErrorCodeName = keyof typeof ErrorCode;',
    '',
    'interface ErrorInfo {',
    '  readonly name: string;',
    '  readonly retriable: boolean;',
    '  readonly message: string;',
    '}',
    '',
    'const INFO = new Map<number, ErrorInfo>([',
    ...rows.map(
      (r) =>
        `  [${r.code}, { name: '${r.name}', retriable: ${r.retriable}, message: ${JSON.stringify(r.message)} }],`,
    ),
    ']);',
    '',
    "/** Name, retriability and Kafka's default message for an error code. */",
    'export function errorInfo(code: number): ErrorInfo {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this line is emitted TypeScript source.
    "  return INFO.get(code) ?? { name: `UNKNOWN_ERROR_${code}`, retriable: false, message: 'Unknown error code.' };",
    '}',
    '',
  ];
  return lines.join('\n');
}
