/** The app shell: start-up, themes and zoom. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { edgeLabels, nodeNames } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the app', () => {
  it('opens hello with its nodes, shape-labelled edges and no console errors', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    await app.screenshot('hello');
    expect(await nodeNames(app.page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder']);
    expect(await edgeLabels(app.page)).toEqual(['[]', '[]', '<unknown>', '<unknown>']);
    // The document's title in the toolbar; the lesson panel shows it too, one level down.
    await expect(app.page.getByRole('heading', { name: 'Hello, TensorFlow', level: 1 }).count()).resolves.toBe(1);
    await expect(app.page.getByRole('article', { name: 'Lesson' }).getByRole('heading', { name: 'Hello, TensorFlow', level: 2 }).count()).resolves.toBe(1);
    await expect(app.page.locator('.statusbar').textContent()).resolves.toContain('6 nodes');
    expect(app.errors).toEqual([]);
  });

  it('opens the sample named in ?sample=', async () => {
    const app = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await app.screenshot('sample-xor-nn');
    expect(await nodeNames(app.page)).toContain('hypothesis');
    expect(app.errors).toEqual([]);
  });

  it('says so when ?sample= names no sample, and opens hello', async () => {
    const app = await openApp(browser, inject('baseUrl'), '?sample=nope');
    await expect(app.page.locator('.statusbar__notice').textContent()).resolves.toBe('There is no sample called "nope"; opened "hello" instead.');
    expect(await nodeNames(app.page)).toContain('adder');
  });

  it('follows a dark system theme and stays legible at 200% zoom', async () => {
    const dark = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { colorScheme: 'dark' });
    await dark.page.locator('.react-flow__node', { hasText: 'hypothesis' }).click();
    await dark.screenshot('dark-xor-nn');
    const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 17, 19)');
    // 200% browser zoom on a 1280x800 window: half the CSS pixels, twice the device pixels.
    const zoomed = await openApp(browser, inject('baseUrl'), '', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await zoomed.screenshot('zoom-200');
    const overflow = await zoomed.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});
