import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('the preload', () => {
  it('exposes one API object as window.flowboard and nothing else', async () => {
    await import('./preload.ts');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
    expect(key).toBe('flowboard');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.values(api as object).includes(electron.ipcRenderer)).toBe(false);
  });
});
