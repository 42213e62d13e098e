/**
 * MNIST in the app (issue 6: "loading shows progress"): the worker fetches
 * the IDX files the web build serves, reports bytes read and images decoded
 * while the graph loads, and trains on the course's train-55k split.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  progress: { what: string; phase: string; done: number; total: number }[];
  texts: string[];
}

describe('MNIST loading in the app', () => {
  it('shows the bytes read and the images decoded, then takes a step on the 55,000 training images', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-softmax&debug');
    await expect.poll(() => page.locator('.statusbar__backend').textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM/);
    // Every progress report the store receives, and what the progress bar said meanwhile.
    await page.evaluate(`(() => {
      window.seen = { progress: [], texts: [] };
      window.flowboardDebug.store.subscribe((s, before) => {
        if (s.run.dataProgress && s.run.dataProgress !== before.run.dataProgress) window.seen.progress.push(s.run.dataProgress);
      });
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="run-progress"]')?.textContent;
        if (text && window.seen.texts.at(-1) !== text) window.seen.texts.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRunStatus(page, 'paused', TRAIN_TIMEOUT);
    await screenshot('mnist-after-loading');
    const seen = (await page.evaluate('window.seen')) as Seen;

    const of = (what: string, phase: string) => seen.progress.filter((p) => p.what === what && p.phase === phase);
    for (const what of ['mnist train-55k images', 'mnist train-55k labels', 'mnist test images', 'mnist test labels']) {
      const decoded = of(what, 'decoding');
      expect(decoded.at(-1), what).toMatchObject({ done: what.startsWith('mnist test') ? 10000 : 55000 });
      expect(of(what, 'reading').length, what).toBeGreaterThan(0);
    }
    // The training images file is 47 MB: read in many chunks, reported as it arrives.
    const images = of('mnist train-55k images', 'reading');
    expect(images.at(-1)).toMatchObject({ done: 47040016, total: 47040016 });
    expect(seen.texts).toContainEqual(expect.stringMatching(/^\d+\.\d \/ 47\.0 MB read$/));
    expect(seen.texts).toContainEqual('55,000 / 55,000 decoded');
    // Loaded: the bar is back to steps (550 an epoch, 15 epochs) and the progress is gone.
    await expect.poll(() => page.getByTestId('run-progress').textContent()).toBe('step 1 / 8,250');
    expect(await page.evaluate('window.flowboardDebug.store.getState().run.dataProgress')).toBeUndefined();
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT + BACKEND_TIMEOUT);
});
