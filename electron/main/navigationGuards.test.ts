import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from './appProtocol.ts';
import { IO_WAIT } from '../../test/ioWait.ts';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => undefined) }));
vi.mock('electron', () => ({ shell }));

const { guardNavigation, openExternalLink } = await import('./navigationGuards.ts');

type Handler = (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => void;

/** A WebContents double that records the listeners the guards install. */
function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Handler) => on.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  } as unknown as WebContents;
  const fire = (name: string, url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    on.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

let logged: string[];
const log = (m: string) => logged.push(m);
beforeEach(() => {
  logged = [];
  shell.openExternal.mockClear();
});

describe('guardNavigation', () => {
  it('lets the app navigate within itself', () => {
    const { contents, fire } = fakeContents();
    guardNavigation(contents, [APP_ORIGIN], log);
    expect(fire('will-navigate', 'app://flowboard/index.html')).toBe(false);
    expect(fire('will-redirect', 'app://flowboard/other.html')).toBe(false);
    expect(logged).toEqual([]);
  });

  it('blocks navigation away and opens web links in the browser instead', async () => {
    const { contents, fire } = fakeContents();
    guardNavigation(contents, [APP_ORIGIN], log);
    expect(fire('will-navigate', 'https://www.tensorflow.org/')).toBe(true);
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://www.tensorflow.org/'), IO_WAIT);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledOnce();
    expect(logged).toContain('blocked navigation to file:///etc/passwd');
  });

  it('denies every new window, sending http(s) links to the browser', async () => {
    const { contents, open } = fakeContents();
    guardNavigation(contents, [APP_ORIGIN], log);
    expect(open('https://js.tensorflow.org/api/latest/')).toEqual({ action: 'deny' });
    expect(open('app://flowboard/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://js.tensorflow.org/api/latest/'), IO_WAIT);
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('refuses webviews', () => {
    const { contents, fire } = fakeContents();
    guardNavigation(contents, [APP_ORIGIN], log);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
  });
});

describe('openExternalLink', () => {
  it.each(['https://example.com/a?b#c', 'http://localhost:6006/'])('opens %s', async (url) => {
    expect(await openExternalLink(url, log)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'app://flowboard/', 'https://user:pw@example.com/', 'not a url', 'ms-msdt:/id'])(
    'refuses %s and logs it',
    async (url) => {
      expect(await openExternalLink(url, log)).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
      expect(logged[0]).toContain('only http and https links open in the browser');
    },
  );
});
