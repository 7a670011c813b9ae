// SCRAM-SHA-256/512 client math (RFC 5802, RFC 7677) for SASL against the source cluster: builds the
// client-first and client-final messages and checks the server signature. Pure functions plus one
// small state object, so the RFC test vectors can drive it with a fixed nonce.
import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'SCRAM-SHA-1';

function hashName(mechanism: ScramMechanism): { algo: string; bytes: number } {
  if (mechanism === 'SCRAM-SHA-512') return { algo: 'sha512', bytes: 64 };
  if (mechanism === 'SCRAM-SHA-1') return { algo: 'sha1', bytes: 20 };
  return { algo: 'sha256', bytes: 32 };
}

/** RFC 5802 saslname escaping: ',' and '=' in the user name. */
export function escapeSaslName(name: string): string {
  return name.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function parseAttributes(message: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** One SCRAM exchange: first() -> server-first -> final(serverFirst) -> server-final -> verify(). */
export class ScramClient {
  private readonly clientFirstBare: string;
  private expectedServerSignature: Buffer | null = null;

  constructor(
    private readonly mechanism: ScramMechanism,
    username: string,
    private readonly password: string,
    private readonly clientNonce: string,
  ) {
    this.clientFirstBare = `n=${escapeSaslName(username)},r=${clientNonce}`;
  }

  first(): string {
    return `n,,${this.clientFirstBare}`;
  }

  final(serverFirst: string): string {
    const attrs = parseAttributes(serverFirst);
    const nonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (nonce === undefined || salt === undefined || !Number.isInteger(iterations) || iterations < 1) {
      throw new Error(`SCRAM: malformed server-first message ${JSON.stringify(serverFirst)}`);
    }
    if (!nonce.startsWith(this.clientNonce))
      throw new Error('SCRAM: server nonce does not extend the client nonce');
    const { algo, bytes } = hashName(this.mechanism);
    const salted = pbkdf2Sync(this.password, Buffer.from(salt, 'base64'), iterations, bytes, algo);
    const clientKey = createHmac(algo, salted).update('Client Key').digest();
    const storedKey = createHash(algo).update(clientKey).digest();
    const withoutProof = `c=biws,r=${nonce}`;
    const authMessage = `${this.clientFirstBare},${serverFirst},${withoutProof}`;
    const clientSignature = createHmac(algo, storedKey).update(authMessage).digest();
    const serverKey = createHmac(algo, salted).update('Server Key').digest();
    this.expectedServerSignature = createHmac(algo, serverKey).update(authMessage).digest();
    return `${withoutProof},p=${xor(clientKey, clientSignature).toString('base64')}`;
  }

  /** Throws unless the server-final message carries the expected signature. */
  verify(serverFinal: string): void {
    const attrs = parseAttributes(serverFinal);
    const error = attrs.get('e');
    if (error !== undefined) throw new Error(`SCRAM: server rejected authentication: ${error}`);
    const v = attrs.get('v');
    if (v === undefined || this.expectedServerSignature === null)
      throw new Error('SCRAM: no server signature');
    const got = Buffer.from(v, 'base64');
    if (
      got.length !== this.expectedServerSignature.length ||
      !timingSafeEqual(got, this.expectedServerSignature)
    ) {
      throw new Error('SCRAM: server signature does not match');
    }
  }
}
