// A TCP relay between the browser and the hub, so a test can cut the network the way a pulled cable or a Wi-Fi
// drop does: every open connection (the WebSocket included) dies, and new ones fail until the link is back.
import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  url: string;
  /** Drops every open connection and refuses new ones. */
  cut: () => void;
  restore: () => void;
  /** New connections go to another hub from now on (a replaced server at the same address). */
  retarget: (target: string) => void;
  close: () => Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  let upstreamUrl = new URL(target);
  const open = new Set<Socket>();
  let cut = false;
  const server = createServer((client) => {
    if (cut) return client.destroy();
    const upstream = connect(Number(upstreamUrl.port), upstreamUrl.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut: () => {
      cut = true;
      for (const socket of open) socket.destroy();
    },
    restore: () => {
      cut = false;
    },
    retarget: (next) => {
      upstreamUrl = new URL(next);
    },
    close: async () => {
      cut = true;
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
