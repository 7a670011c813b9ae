// One connection to one Kafka broker (plain TCP or TLS), with optional SASL PLAIN / SCRAM
// authentication. Requests are encoded with the repo's generated codec; responses are matched by
// correlation id. Frames are reassembled from a chunk list and joined once per frame.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP, type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { type ApiCodec, requestHeaderVersion, responseHeaderVersion } from '../../wire/api-codec.js';
import { readResponseHeader, writeRequestHeader } from '../../wire/framing.js';
import { SaslHandshakeApi } from '../../wire/generated/api/017-sasl-handshake.js';
import { ApiVersionsApi } from '../../wire/generated/api/018-api-versions.js';
import { SaslAuthenticateApi } from '../../wire/generated/api/036-sasl-authenticate.js';
import { type Init, Reader, Writer } from '../../wire/primitives/index.js';
import { ScramClient, type ScramMechanism } from './scram.js';

export interface SecurityOptions {
  /** PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL (Kafka's security.protocol). */
  securityProtocol: string;
  saslMechanism?: string;
  saslUsername?: string;
  saslPassword?: string;
  /** PEM files, as ssl.ca.location / ssl.certificate.location / ssl.key.location. */
  sslCaLocation?: string;
  sslCertificateLocation?: string;
  sslKeyLocation?: string;
  /** false disables certificate verification (enable.ssl.certificate.verification=false). */
  sslVerify?: boolean;
}

export const plaintext: SecurityOptions = { securityProtocol: 'PLAINTEXT' };

const frameBytesMax = 512 * 1024 * 1024;
const connectTimeoutMs = 15_000;

type Pending = { resolve: (body: Buffer) => void; reject: (err: Error) => void };

export class KafkaConnection {
  private nextCorrelationId = 1;
  private readonly pending = new Map<number, Pending>();
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | null = null;
  /** Highest version the broker serves per api key (filled by ApiVersions). */
  readonly versions = new Map<number, { min: number; max: number }>();

  private constructor(
    private readonly socket: Socket,
    readonly address: string,
    private readonly clientId: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error(`connection to ${address} closed`)));
  }

  static async open(
    host: string,
    port: number,
    security: SecurityOptions,
    clientId = 'gossip-migrate',
  ): Promise<KafkaConnection> {
    const protocol = security.securityProtocol.toUpperCase();
    const useTls = protocol === 'SSL' || protocol === 'SASL_SSL';
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = useTls
        ? tlsConnect({
            host,
            port,
            servername: isIP(host) === 0 ? host : undefined,
            ca: security.sslCaLocation ? readFileSync(security.sslCaLocation) : undefined,
            cert: security.sslCertificateLocation ? readFileSync(security.sslCertificateLocation) : undefined,
            key: security.sslKeyLocation ? readFileSync(security.sslKeyLocation) : undefined,
            rejectUnauthorized: security.sslVerify !== false,
          })
        : tcpConnect({ host, port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error(`connect to ${host}:${port} timed out`));
      }, connectTimeoutMs);
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      s.once(useTls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
    });
    const conn = new KafkaConnection(socket, `${host}:${port}`, clientId);
    try {
      await conn.negotiateVersions();
      if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') await conn.authenticate(security);
    } catch (error) {
      conn.close();
      throw error;
    }
    return conn;
  }

  /** The version to use: min(ours, broker's max); throws when below `least`. */
  pick(api: ApiCodec<unknown, unknown>, ours: number, least = 0): number {
    const served = this.versions.get(api.apiKey);
    if (served === undefined) throw new Error(`${this.address} does not serve ${api.name}`);
    const v = Math.min(ours, served.max);
    if (v < Math.max(least, served.min)) {
      throw new Error(`${this.address} serves ${api.name} v${served.min}-${served.max}, need v${least}+`);
    }
    return v;
  }

  send<Req, Res>(api: ApiCodec<Req, Res>, version: number, request: Init<Req>): Promise<Res> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const correlationId = this.nextCorrelationId++;
    const w = new Writer();
    w.int32(0);
    writeRequestHeader(w, requestHeaderVersion(api as ApiCodec<unknown, unknown>, version), {
      apiKey: api.apiKey,
      apiVersion: version,
      correlationId,
      clientId: this.clientId,
    });
    api.encodeRequest(w, version, request);
    const frame = Buffer.from(w.toBuffer());
    frame.writeInt32BE(frame.length - 4, 0);
    const body = new Promise<Buffer>((resolve, reject) =>
      this.pending.set(correlationId, { resolve, reject }),
    );
    this.socket.write(frame);
    return body.then((bytes) => {
      const r = new Reader(bytes);
      readResponseHeader(r, responseHeaderVersion(api as ApiCodec<unknown, unknown>, version));
      return api.decodeResponse(r, version);
    });
  }

  get isClosed(): boolean {
    return this.failure !== null || this.socket.destroyed;
  }

  close(): void {
    this.socket.destroy();
  }

  private async negotiateVersions(): Promise<void> {
    let res = await this.send(ApiVersionsApi, 3, {
      clientSoftwareName: 'gossip-migrate',
      clientSoftwareVersion: '0.1.0',
    });
    if (res.errorCode !== 0) res = await this.send(ApiVersionsApi, 0, {});
    if (res.errorCode !== 0) throw new Error(`ApiVersions failed on ${this.address}: error ${res.errorCode}`);
    for (const k of res.apiKeys) this.versions.set(k.apiKey, { min: k.minVersion, max: k.maxVersion });
  }

  private async authenticate(security: SecurityOptions): Promise<void> {
    const mechanism = (security.saslMechanism ?? 'PLAIN').toUpperCase();
    const user = security.saslUsername ?? '';
    const password = security.saslPassword ?? '';
    const hs = await this.send(SaslHandshakeApi, 1, { mechanism });
    if (hs.errorCode !== 0) {
      throw new Error(
        `SASL mechanism ${mechanism} refused by ${this.address}; enabled: ${hs.mechanisms.join(', ')}`,
      );
    }
    const authVersion = this.pick(SaslAuthenticateApi as ApiCodec<unknown, unknown>, 2);
    const round = async (bytes: Buffer): Promise<Buffer> => {
      const res = await this.send(SaslAuthenticateApi, authVersion, { authBytes: bytes });
      if (res.errorCode !== 0)
        throw new Error(`SASL authentication failed: ${res.errorMessage ?? res.errorCode}`);
      return res.authBytes;
    };
    if (mechanism === 'PLAIN') {
      await round(Buffer.from(`\u0000${user}\u0000${password}`, 'utf8'));
      return;
    }
    if (mechanism !== 'SCRAM-SHA-256' && mechanism !== 'SCRAM-SHA-512') {
      throw new Error(`unsupported SASL mechanism ${mechanism} (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
    }
    const scram = new ScramClient(
      mechanism as ScramMechanism,
      user,
      password,
      randomBytes(18).toString('base64'),
    );
    const serverFirst = await round(Buffer.from(scram.first(), 'utf8'));
    const serverFinal = await round(Buffer.from(scram.final(serverFirst.toString('utf8')), 'utf8'));
    scram.verify(serverFinal.toString('utf8'));
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : this.join();
      const size = head.readInt32BE(0);
      if (size < 4 || size > frameBytesMax) {
        this.socket.destroy(new Error(`response frame of ${size} bytes from ${this.address}`));
        return;
      }
      if (this.buffered < 4 + size) return;
      const all = this.join();
      const frame = all.subarray(4, 4 + size);
      const rest = all.subarray(4 + size);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      const correlationId = frame.readInt32BE(0);
      const waiter = this.pending.get(correlationId);
      if (waiter === undefined) {
        this.socket.destroy(new Error(`unexpected correlation id ${correlationId} from ${this.address}`));
        return;
      }
      this.pending.delete(correlationId);
      waiter.resolve(frame);
    }
  }

  private join(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }
}
