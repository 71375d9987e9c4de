/**
 * Stand-ins for the browser's surroundings in specs: a real HTTP server playing the API (it records what it
 * received and answers what the spec says) and an in-memory Storage.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export async function startApiStub(reply: (request: ReceivedRequest) => StubReply) {
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    let body = '';
    incoming.on('data', (chunk) => (body += chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body };
      received.push(request);
      const { status = 200, headers = {}, body: replyBody } = reply(request);
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(replyBody === undefined ? '' : JSON.stringify(replyBody));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
