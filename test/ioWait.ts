/**
 * How long a test's `vi.waitFor` gives file IO and promise chains to settle.
 * Vitest's default (1 s) is too short on a loaded 2-core CI machine, where the
 * main bundle's ready handler once took longer than that to open its window.
 */
export const IO_WAIT = { timeout: 20_000, interval: 10 } as const;
