/**
 * Threads (issue 15): the served app is cross-origin isolated, so the worker
 * runs tfjs-wasm's threaded build on every core but one, or on the number the
 * URL asks for (?threads=), and the status bar says how many train and why.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, loggedValues, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('WASM threads', () => {
  it('leaves one core for the page by default, in a cross-origin isolated page', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    expect(await page.evaluate('crossOriginIsolated')).toBe(true);
    const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
    const threads = Math.max(1, cores - 1);
    const backend = page.locator('.statusbar__backend');
    await expect.poll(() => backend.textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM on/);
    const reason = cores === 1 ? '1 core' : `${cores} cores, one left for the page`;
    expect(await backend.textContent()).toMatch(new RegExp(`^WASM on ${threads} threads? \\(${reason}\\) — `));
    expect(errors).toEqual([]);
  });

  it('trains on the threads ?threads= asks for, and learns XOR', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug&threads=2');
    const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
    const backend = page.locator('.statusbar__backend');
    await expect.poll(() => backend.textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM on/);
    // tfjs 4.22 would cap this at half the cores (1 on two); patches/ lifts the cap to the core count.
    const threads = Math.min(2, cores);
    expect(await backend.textContent()).toMatch(new RegExp(`^WASM on ${threads} threads? \\(2 asked for with \\?threads=, ${cores} cores?\\) — `));
    await screenshot('threads-status-bar');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'finished');
    expect((await loggedValues(page, 'accuracy')).at(-1)).toBe(1);
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT);
});
