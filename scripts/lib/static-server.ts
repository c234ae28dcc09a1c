/** A tiny static file server on 127.0.0.1 for the demo and the end-to-end tests. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** A running server: `url('page.html')` gives the address of a file under its root. */
export interface StaticServer {
  origin: string;
  url(path?: string): string;
  close(): Promise<void>;
}

/** Headers for one served file, by its path under the root (`pages/x.html`). */
export type HeadersFor = (path: string) => Readonly<Record<string, string>>;

/**
 * Serves `root` on 127.0.0.1 (port 0 = any free port), adding `headers` to every file it serves
 * and `headersFor(path)` to each (a fixture served with a strict CSP, say). Never follows paths
 * outside `root`.
 */
export async function serveStatic(
  root: string,
  port = 0,
  headers: Readonly<Record<string, string>> = {},
  headersFor: HeadersFor = () => ({}),
): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    let file = '';
    let ok = false;
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      ok = (file === base || file.startsWith(base + sep)) && statSync(file).isFile();
    } catch {
      ok = false; // a malformed path or a missing file
    }
    if (!ok) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      ...headersFor(
        file
          .slice(base.length + 1)
          .split(sep)
          .join('/'),
      ),
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
