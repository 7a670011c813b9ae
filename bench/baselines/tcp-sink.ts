// Raw loopback TCP baseline, run as its own process like a broker: accepts connections, walks the
// size-prefixed frames without copying them, and answers each with a fixed 8-byte frame (size 4 +
// the request's correlation id). Prints `tcp-sink port=N` when listening. The ceiling a broker
// could reach if handling a request cost nothing.
import { createServer, type Socket } from 'node:net';

function serve(socket: Socket): void {
  socket.setNoDelay(true);
  let need = 0; // bytes of the current frame still to skip
  const header = Buffer.alloc(12); // size, api key, api version, correlation id
  let headerFill = 0;
  socket.on('data', (chunk: Buffer) => {
    let pos = 0;
    const replies: Buffer[] = [];
    while (pos < chunk.length) {
      if (need > 0) {
        const take = Math.min(need, chunk.length - pos);
        need -= take;
        pos += take;
        continue;
      }
      const take = Math.min(12 - headerFill, chunk.length - pos);
      chunk.copy(header, headerFill, pos, pos + take);
      headerFill += take;
      pos += take;
      if (headerFill < 12) break;
      const reply = Buffer.allocUnsafe(8);
      reply.writeInt32BE(4, 0);
      header.copy(reply, 4, 8, 12);
      replies.push(reply);
      need = header.readInt32BE(0) + 4 - 12;
      headerFill = 0;
    }
    if (replies.length > 0) socket.write(replies.length === 1 ? replies[0]! : Buffer.concat(replies));
  });
  socket.on('error', () => socket.destroy());
}

const server = createServer(serve);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`tcp-sink port=${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => process.exit(0));
