import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port nothing on 127.0.0.1 is listening on just now, for a server that cannot be told "any port". */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
