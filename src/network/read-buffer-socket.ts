// Node reads every socket into a freshly allocated ArrayBuffer; net.Socket's `onread` option reads
// into one caller-owned buffer instead, but net.Server offers it only to sockets it does not accept.
// adoptWithReadBuffer moves an accepted connection (its libuv handle, before any byte was read: the
// server runs with pauseOnConnect) into a Socket created with onread, and retires the accepted
// Socket object without closing the handle, so the server still counts the connection closed.
// This relies on net.Socket's `_handle` and `handle` option (what Node's own cluster module uses);
// where they are missing it returns null and the caller keeps the accepted socket and 'data' events.
import { Socket } from 'node:net';

interface HandleOwner {
  _handle?: { useUserBuffer?: unknown } | null;
}

export function adoptWithReadBuffer(
  accepted: Socket,
  buffer: Buffer,
  onBytes: (chunk: Buffer) => void,
): Socket | null {
  const owner = accepted as unknown as HandleOwner;
  const handle = owner._handle;
  if (handle === null || handle === undefined || typeof handle.useUserBuffer !== 'function') return null;
  const adopted = new Socket({
    handle,
    readable: true,
    writable: true,
    onread: {
      buffer,
      callback: (bytes: number, buf: Uint8Array) => {
        onBytes(Buffer.from(buf.buffer, buf.byteOffset, bytes));
        return true;
      },
    },
  } as ConstructorParameters<typeof Socket>[0]);
  owner._handle = null;
  accepted.destroy();
  return adopted;
}
