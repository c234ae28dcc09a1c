/**
 * A feed server on 127.0.0.1 for sync tests and the benchmark: each path answers as a route says, with the
 * headers, status codes, stalls, dropped connections and conditional answers a real feed host may give.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How one path answers; a function gets the request (for If-None-Match and the like). */
export type FeedRoute =
  | {
      body?: string | Buffer;
      status?: number;
      headers?: Record<string, string>;
      /** Answer 304 when the request's If-None-Match equals this. */
      etag?: string;
      /** Send this many bytes of `body`, then destroy the connection. */
      dropAfter?: number;
      /** Send the headers, then nothing for this long. */
      stallMs?: number;
    }
  | ((request: IncomingMessage, response: ServerResponse) => void);

/** A running feed server. */
export interface FeedServer {
  origin: string;
  url(path: string): string;
  /** Set or replace what a path answers. */
  route(path: string, route: FeedRoute): void;
  /** How many requests each path received. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Start a feed server on 127.0.0.1 with a free port. */
export async function serveFeeds(routes: Record<string, FeedRoute> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      route(request, response);
      return;
    }
    if (route.etag !== undefined && request.headers['if-none-match'] === route.etag) {
      response.writeHead(304, { etag: route.etag }).end();
      return;
    }
    const headers = { ...(route.etag ? { etag: route.etag } : {}), ...route.headers };
    response.writeHead(route.status ?? 200, headers);
    if (route.stallMs !== undefined) {
      response.flushHeaders();
      const timer = setTimeout(() => response.end(), route.stallMs);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    const body = route.body ?? '';
    if (route.dropAfter !== undefined) {
      response.write(
        typeof body === 'string'
          ? body.slice(0, route.dropAfter)
          : body.subarray(0, route.dropAfter),
      );
      setTimeout(() => response.destroy(), 20);
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, route) => void table.set(path, route),
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
