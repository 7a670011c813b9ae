// One TCP connection for the load generator: writes whole request frames and hands each complete
// size-prefixed response frame to `onFrame` in arrival order. Chunks are kept in a list and joined
// once per frame (never a Buffer.concat per chunk), so reassembly does not cap the measured rate.
import { connect, type Socket } from 'node:net';

export class FrameSocket {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private need = -1;
  onFrame: (frame: Buffer) => void = () => {};
  onError: (err: Error) => void = () => {};

  private constructor(readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.onError(err));
  }

  static open(host: string, port: number): Promise<FrameSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new FrameSocket(socket));
      });
    });
  }

  write(frame: Buffer): void {
    this.socket.write(frame);
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.need < 0) {
        if (this.buffered < 4) return;
        const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : this.join();
        this.need = 4 + head.readInt32BE(0);
      }
      if (this.buffered < this.need) return;
      const all = this.join();
      const frame = all.subarray(4, this.need);
      const rest = all.subarray(this.need);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.need = -1;
      this.onFrame(frame);
    }
  }

  private join(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }
}
