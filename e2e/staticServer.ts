/** A tiny static file server for the built app, on a free loopback port. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CROSS_ORIGIN_ISOLATION } from '../tools/crossOriginIsolation.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a port the OS picks; `/` is index.html. Cross-origin isolated, as the app's servers are. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    // Never serve outside the build folder, whatever the path says.
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403, CROSS_ORIGIN_ISOLATION).end();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return void res.writeHead(404, CROSS_ORIGIN_ISOLATION).end('not found');
    res.writeHead(200, { ...CROSS_ORIGIN_ISOLATION, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
