import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';
import { createAppProtocolHandler, resolveAppPath } from './appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

let dir: TempDir;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = tempDir();
  // The app's folder sits next to a secret, as the renderer sits next to main in the package.
  root = join(dir.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Flowboard</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'tfjs-backend-wasm.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, 'assets', 'a b.css'), 'body{}');
  writeFileSync(join(dir.path, 'secret.txt'), 'do not serve');
  handle = createAppProtocolHandler(root);
});
afterAll(() => dir.remove());

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app protocol handler', () => {
  it('serves the index for the root and files with their types', async () => {
    const index = await get('app://flowboard/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Flowboard</title>');

    const script = await get('app://flowboard/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');

    const wasm = await get('app://flowboard/assets/tfjs-backend-wasm.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    // Its length, so a large download (MNIST) shows how far it got.
    expect(wasm.headers.get('content-length')).toBe('4');

    expect((await get('app://flowboard/assets/a%20b.css')).status).toBe(200);
  });

  it('sets the CSP and nosniff on every response, errors included', async () => {
    for (const url of ['app://flowboard/index.html', 'app://flowboard/missing.js', 'app://flowboard/%2e%2e/secret.txt']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });

  it.each([
    'app://flowboard/../secret.txt',
    'app://flowboard/assets/../../secret.txt',
    'app://flowboard/%2e%2e/secret.txt',
    'app://flowboard/%2E%2E%2Fsecret.txt',
    'app://flowboard/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://flowboard/..%5csecret.txt',
    'app://flowboard/%5c..%5csecret.txt',
    'app://flowboard/index.html%00.png',
    'app://flowboard/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('serves nothing for another host or scheme, a folder, or a missing file', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://flowboard/assets')).status).toBe(404);
    expect((await get('app://flowboard/nope.js')).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://flowboard/index.html', 'HEAD')).status).toBe(200);
    expect((await get('app://flowboard/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveAppPath', () => {
  it('maps URLs to files under the root only', () => {
    expect(resolveAppPath('/app/r', 'app://flowboard/assets/x.js')).toBe(join('/app/r', 'assets', 'x.js'));
    expect(resolveAppPath('/app/r', 'app://flowboard')).toBe(join('/app/r', 'index.html'));
    expect(resolveAppPath('/app/r', 'https://flowboard/x.js')).toBeUndefined();
    // The URL parser treats %2e%2e as `..` and clamps it at the root, so this stays inside.
    expect(resolveAppPath('/app/r', 'app://flowboard/%2e%2e/r2/x.js')).toBe(join('/app/r', 'r2', 'x.js'));
    expect(resolveAppPath('/app/r', 'app://flowboard/a/%252e%252e/x.js')).toBe(join('/app/r', 'a', '%2e%2e', 'x.js'));
    expect(resolveAppPath('/app/r', 'app://flowboard/a/%2e%2e%2f%2e%2e%2fx.js')).toBeUndefined();
    expect(resolveAppPath('/app/r', 'not a url')).toBeUndefined();
  });
});
