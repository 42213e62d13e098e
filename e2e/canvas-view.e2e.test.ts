/** The view: samples open whole when they fit, else readable from their inputs; auto-layout, zoom to fit, snap to grid, the shortcuts overlay, dark theme and 200% zoom. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The canvas zoom, from React Flow's viewport transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

describe('the canvas view', () => {
  it.each(['xor-nn', 'linear-regression'])('opens %s whole: every node inside the canvas', async (sample) => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), `?sample=${sample}`);
    await page.waitForTimeout(200);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const all = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    expect(all.every(([l, t, r, b]) => l >= pane.x && t >= pane.y && r <= pane.x + pane.width && b <= pane.y + pane.height)).toBe(true);
    await screenshot(`canvas-start-${sample}`);
    expect(errors).toEqual([]);
  });

  it.each(['mnist-cnn', 'mnist-deep'])('opens %s, too long to fit, readable: zoom at least 0.6, starting from its inputs', async (sample) => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), `?sample=${sample}`);
    await page.waitForTimeout(200);
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.6);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const lefts = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    // The leftmost node (an input) is on screen, just inside the left edge.
    expect(Math.min(...lefts)).toBeGreaterThanOrEqual(pane.x);
    expect(Math.min(...lefts)).toBeLessThan(pane.x + 120);
    await screenshot(`canvas-start-${sample}`);
    expect(errors).toEqual([]);
  });

  it('auto-lays out as one undo step, zooms to fit, and toggles snap to grid', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    const before = (await nodeNamed(page, 'hypothesis').boundingBox())!;
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await page.waitForTimeout(400);
    const all = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    expect(all.every(([l, t, r, b]) => l >= pane.x && t >= pane.y && r <= pane.x + pane.width && b <= pane.y + pane.height)).toBe(true);
    // No two nodes overlap after the layout.
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i], all[j]];
        expect(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1]).toBe(true);
      }
    await screenshot('canvas-auto-layout');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('f');
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    const snap = page.getByRole('button', { name: 'Snap to grid' });
    await expect(snap.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('g');
    await expect(snap.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(before.width).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('lists every shortcut in an overlay opened by ?, F1 or its button', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const keys = await dialog.locator('kbd').allTextContents();
    expect(keys).toEqual(expect.arrayContaining(['Space', 'Ctrl/Cmd+Z', 'Delete, Backspace', 'Ctrl/Cmd+A', 'L', 'F', 'G', '?, F1', 'Esc', 'Shift+drag on the canvas']));
    await screenshot('canvas-help');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('F1');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.waitFor();
    expect(errors).toEqual([]);
  });

  it('stays legible in the dark theme and at 200% zoom, with the canvas tools, quick-add and scopes', async () => {
    const dark = await openApp(browser, inject('baseUrl'), '?sample=mnist-cnn', { colorScheme: 'dark' });
    await dark.page.getByRole('button', { name: 'Show gradients' }).click();
    await dark.page.locator('.op-node--gradient').first().waitFor();
    await dark.page.waitForTimeout(400);
    await dark.screenshot('canvas-dark-gradients');
    const pane = (await dark.page.locator('.react-flow__pane').boundingBox())!;
    await dark.page.mouse.dblclick(pane.x + 200, pane.y + 200);
    await dark.page.keyboard.type('mat');
    await dark.screenshot('canvas-dark-quickadd');
    await dark.page.keyboard.press('Escape');
    await dark.page.keyboard.press('?');
    await dark.screenshot('canvas-dark-help');
    expect(dark.errors).toEqual([]);

    const zoomed = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await zoomed.screenshot('canvas-zoom-200');
    const overflow = await zoomed.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await zoomed.page.keyboard.press('?');
    await zoomed.screenshot('canvas-zoom-200-help');
  });
});
