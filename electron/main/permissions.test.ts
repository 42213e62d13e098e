import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions.ts';

describe('denyAllPermissions', () => {
  it('denies requests (logging them), checks and devices', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
      setDevicePermissionHandler: (fn: never) => (handlers.device = fn),
    } as unknown as Session;
    const logged: string[] = [];
    denyAllPermissions(session, (m) => logged.push(m));

    const callback = vi.fn();
    const contents = { getURL: () => 'app://flowboard/index.html' } as WebContents;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) handlers.request(contents, permission, callback, {});
    expect(callback.mock.calls).toEqual(Array(5).fill([false]));
    expect(logged[0]).toBe('denied permission "media" to app://flowboard/index.html');
    expect(handlers.check(contents, 'clipboard-read', 'app://flowboard', {})).toBe(false);
    expect(handlers.device({ deviceType: 'usb' })).toBe(false);
  });
});
