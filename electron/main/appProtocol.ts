/**
 * The `app://flowboard/` protocol that serves the built renderer, instead of
 * `file://` (which would grant the page every file on disk). Only files
 * inside the renderer's folder are served; every response carries the CSP.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'flowboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The privileges to register before `ready`: a standard, secure scheme (so
 * relative URLs, storage and fetch work as on https), CORS-enabled for
 * module scripts and workers. Not bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Headers on every response, errors included. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Cross-origin isolation lets tfjs-wasm use threads (SharedArrayBuffer); everything is same-origin anyway.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The file a request may read, or undefined when the URL is not the app's or
 * would leave `root` (`..`, encoded or not, backslashes, NUL, absolute paths).
 */
export function resolveAppPath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  // Backslashes are separators on Windows; NUL truncates paths in some layers below.
  if (path.includes('\\') || path.includes('\0')) return undefined;
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return undefined;
  const file = join(root, ...(segments.length ? segments : ['index.html']));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return undefined;
  return file;
}

function respond(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8', length?: number): Response {
  // The length lets the page show a download's progress (MNIST is 47 MB).
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': contentType };
  if (length !== undefined) headers['Content-Length'] = String(length);
  return new Response(body, { status, headers });
}

/** A `protocol.handle` handler serving files under `root`. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return respond(404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return respond(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return respond(200, body, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', info.size);
    } catch {
      return respond(404, 'Not found');
    }
  };
}
