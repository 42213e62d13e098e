/**
 * Scrubbing: hovering the cost chart of a briefly trained xor-nn points the
 * canvas, the histograms, the distributions and the selected node at that
 * step; a click pins it so the other tabs show it. Also the minimap with the
 * dock open. Screenshots go to e2e/screenshots/ to be looked at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppPage, launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
let app: AppPage;
let page: Page;

/** The latest step of the node values, read through `?debug`. */
const nodeStep = () => page.evaluate('window.flowboardDebug.store.getState().run.nodeStats.step') as Promise<number>;
/** The last histogram of W1 kept at or before `step` (the histograms are a reservoir sample of the log steps). */
const keptW1 = (step: number) =>
  page.evaluate(`Math.max(...window.flowboardDebug.store.getState().run.histograms.W1.map((e) => e.step).filter((s) => s <= ${step}))`) as Promise<number>;

/** The run slice's scrub, read through `?debug`. */
const scrubOf = () => page.evaluate('window.flowboardDebug.store.getState().run.scrub') as Promise<{ step: number; pinned: boolean } | undefined>;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
  page = app.page;
  await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
  for (const [name, value] of [['Steps', '400'], ['Log every', '20']]) {
    const field = page.getByRole('textbox', { name });
    await field.fill(value);
    await field.press('Enter');
  }
  await nodeNamed(page, 'W1').click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForRunStatus(page, 'finished');
}, BACKEND_TIMEOUT + TRAIN_TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

describe('scrubbing from the cost chart', () => {
  it('the graph re-fits above the open dock; the minimap comes back, clear of the graph, only when part of it is out of view', async () => {
    const dock = await page.locator('.dock').boundingBox();
    const nodes = () => page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    // Fitted: everything in view, so the minimap would show nothing more and only cover nodes.
    expect((await nodes()).every((n) => n.y + n.height <= dock!.y)).toBe(true);
    expect(await page.getByLabel('Minimap').count()).toBe(0);
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    const minimap = page.getByLabel('Minimap');
    await minimap.waitFor();
    const box = (await minimap.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(dock!.y);
    const covered = (await nodes()).filter((n) => n.x < box.x + box.width && n.x + n.width > box.x && n.y < box.y + box.height && n.y + n.height > box.y);
    expect(covered).toEqual([]);
    await app.screenshot('scrub-minimap-dock-open');
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
  });

  it('hovering scrubs the canvas; leaving clears it', async () => {
    const plot = await page.getByRole('figure', { name: 'Scalar cost' }).locator('.chart__overlay').boundingBox();
    await page.mouse.move(plot!.x + plot!.width * 0.3, plot!.y + plot!.height / 2);
    const scrub = await scrubOf();
    expect(scrub?.pinned).toBe(false);
    expect(scrub!.step).toBeGreaterThan(0);
    expect(scrub!.step).toBeLessThan(400);
    await expect(page.getByTestId('scrub-note').textContent()).resolves.toBe(`Scrubbed: step ${scrub!.step}`);
    // Node values are kept for the latest step only: the canvas says it shows those.
    await expect(page.getByTestId('canvas-scrub-note').textContent()).resolves.toBe(`Values at step ${scrub!.step} were not kept: the canvas shows the latest, step ${await nodeStep()}`);
    await expect(page.locator('[data-testid="run-badge"][data-latest]').count()).resolves.toBeGreaterThan(0);
    await app.screenshot('scrub-hover-cost');
    await page.mouse.move(0, 0);
    await expect(scrubOf()).resolves.toBeUndefined();
    await expect(page.getByTestId('canvas-scrub-note').count()).resolves.toBe(0);
  });

  it('a click pins the step: the histograms, distributions and selected node report it', async () => {
    const plot = await page.getByRole('figure', { name: 'Scalar cost' }).locator('.chart__overlay').boundingBox();
    await page.mouse.click(plot!.x + plot!.width * 0.3, plot!.y + plot!.height / 2);
    const { step, pinned } = (await scrubOf())!;
    expect(pinned).toBe(true);
    const kept = await keptW1(step);
    const latest = await nodeStep();

    await openTab(page, 'Histograms');
    const w1 = page.getByRole('figure', { name: 'Histogram W1', exact: true });
    await expect(w1.getByTestId('histogram-scrub').textContent()).resolves.toBe(`values at step ${kept}`);
    await expect(w1.locator('.histogram__slice[data-scrubbed]').count()).resolves.toBe(1);
    await app.screenshot('scrub-histograms-offset');
    await page.getByRole('button', { name: 'Overlay' }).click();
    await expect(w1.locator('.histogram__slice--overlay[data-scrubbed]').count()).resolves.toBe(1);
    await app.screenshot('scrub-histograms-overlay');

    await openTab(page, 'Distributions');
    const marker = page.getByRole('figure', { name: 'Distribution W1', exact: true }).locator('.distribution__scrub');
    await expect(marker.isVisible()).resolves.toBe(true);
    await expect(marker.textContent()).resolves.toBe(`step ${kept}`);
    await app.screenshot('scrub-distributions');

    await openTab(page, 'Selected node');
    await expect(page.getByRole('figure', { name: `W1 · latest value, step ${latest} (values at step ${step} were not kept)` }).count()).resolves.toBe(1);
    await expect(page.getByRole('figure', { name: 'Histogram W1 over time' }).getByTestId('histogram-scrub').textContent()).resolves.toBe(`values at step ${kept}`);
    await app.screenshot('scrub-selected-node');

    await page.getByRole('button', { name: 'Latest' }).click();
    await expect(scrubOf()).resolves.toBeUndefined();
    await expect(page.getByRole('figure', { name: `W1 · value at step ${latest}` }).count()).resolves.toBe(1);
  });
});
