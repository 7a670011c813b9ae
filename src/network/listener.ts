// The Kafka listener: accepts TCP connections, enforces max.connections, and tracks connections so
// shutdown can close them all. Its connections share one pool of Fetch read buffers and one set of
// frame arenas, and all of them read their sockets into one buffer (read-buffer-socket.ts): reads run
// one at a time on this thread and each is copied out into the arenas before the next.
import { createServer, type Server, type Socket } from 'node:net';
import { type Limits, SOCKET_READ_BUFFER_BYTES } from '../config/limits.js';
import { Connection, type ConnectionLogger, type FrameHandler } from './connection.js';
import { FrameArenas } from './frame-arena.js';
import { ReadBufferPool } from './read-buffer-pool.js';
import { adoptWithReadBuffer } from './read-buffer-socket.js';

export class Listener {
  private readonly server: Server;
  private readonly connections = new Set<Connection>();
  private nextId = 1;
  private readonly readBuffers = new ReadBufferPool();
  private readonly arenas = new FrameArenas();
  private readonly socketReadBuffer = Buffer.allocUnsafeSlow(SOCKET_READ_BUFFER_BYTES);

  constructor(
    private readonly handler: FrameHandler,
    private readonly limits: Limits,
    private readonly logger: ConnectionLogger,
  ) {
    // Paused on connect: no byte is read before the socket is moved onto its own read buffer.
    this.server = createServer({ pauseOnConnect: true }, (socket) => this.accept(socket));
  }

  private accept(socket: Socket): void {
    if (this.connections.size >= this.limits.connectionsMax) {
      this.logger.warn({ remote: socket.remoteAddress }, 'max.connections reached, closing new connection');
      socket.destroy();
      return;
    }
    let connection: Connection | undefined;
    const adopted = adoptWithReadBuffer(socket, this.socketReadBuffer, (chunk) => connection?.onBytes(chunk));
    connection = new Connection(
      adopted ?? socket,
      this.nextId++,
      this.handler,
      this.limits,
      this.logger,
      (c) => this.connections.delete(c),
      this.arenas,
      this.readBuffers,
    );
    this.connections.add(connection);
    if (adopted === null) {
      // Without the handle move (Node internals missing): 'data' events, copied the same way.
      const own = connection;
      socket.on('data', (chunk: Buffer) => own.onBytes(chunk));
      socket.resume();
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  listen(host: string, port: number): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        if (address === null || typeof address === 'string') reject(new Error('listener has no TCP address'));
        else resolve({ host: address.address, port: address.port });
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const c of this.connections) c.close();
    await closed;
  }
}
