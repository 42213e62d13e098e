/**
 * Step-through on xor-nn shows one thing at a time (issue 12): after Reset
 * only the variables have values; Forward › adds the forward pass and nothing
 * else; Backward › the gradients; Update › the variables' changes and the
 * update nodes' steps, without the next step's values. The counter and the
 * "value at step N" labels agree throughout.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { zoomOnto } from './canvasLook.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A tensor card's drawing, not the enlarged image that waits hidden below it. */
const TENSOR_GRID = 'canvas:not(.tensor-view__detail)';
const badge = (page: Page, name: string) => nodeNamed(page, name).getByTestId('run-badge');
const gradientBadges = (page: Page) => page.locator('.op-node--gradient:not(:has(.op-node__op:text-is("ApplyGradient"))) [data-testid="run-badge"]');
const updateBadges = (page: Page) => page.locator('.op-node--gradient [data-update]');
/** Fits the graph, then zooms in around a node, so a screenshot shows its badges legibly. */
async function zoomAround(page: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  const box = (await locator.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(120);
  }
}
const shows = (page: Page) => page.evaluate('window.flowboardDebug.store.getState().run.nodeStats?.shows');

describe('Step through xor-nn', () => {
  it('shows the variables, then the forward pass, then the gradients, then the update, each alone', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug', { viewport: { width: 1440, height: 900 } });
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    const progress = page.getByTestId('run-progress');
    const note = page.getByTestId('canvas-step-note');

    // Reset: the variables' initial values, nothing computed.
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => shows(page), { timeout: TRAIN_TIMEOUT }).toBe('initial');
    await page.getByRole('button', { name: 'Fit View' }).click();
    // Fitted with its gradients, xor-nn is zoomed so far out that nodes show only their names: zoom in to where badges show.
    await zoomOnto(page, nodeNamed(page, 'layer1'), 0.6);
    await expect(progress.textContent()).resolves.toBe('step 0 / 10,001');
    await expect(note.textContent()).resolves.toMatch(/^Step 0: only the variables have values/);
    for (const v of ['W1', 'b1', 'W2', 'b2']) await badge(page, v).waitFor();
    for (const n of ['layer1', 'hypothesis', 'cost', 'accuracy']) await expect(badge(page, n).count(), n).resolves.toBe(0);
    await expect(gradientBadges(page).count()).resolves.toBe(0);
    await nodeNamed(page, 'layer1').click();
    await openTab(page, 'Selected node');
    await expect(page.locator('.dock__panel').textContent()).resolves.toContain("Not computed yet: Forward › computes step 0's values");
    await zoomAround(page, nodeNamed(page, 'layer1'));
    await screenshot('step-through-reset');

    // Forward: step 0's forward values, no gradient yet.
    await page.getByRole('button', { name: 'Step through: forward' }).click();
    await expect.poll(() => shows(page), { timeout: TRAIN_TIMEOUT }).toBe('forward');
    await expect(progress.textContent()).resolves.toBe('step 0 / 10,001');
    await expect(note.textContent()).resolves.toMatch(/^Step 0, forward pass/);
    for (const n of ['layer1', 'hypothesis', 'cost', 'accuracy']) await badge(page, n).waitFor();
    await expect(gradientBadges(page).count()).resolves.toBe(0);
    await expect(updateBadges(page).count()).resolves.toBe(0);
    await expect(page.getByRole('figure', { name: 'layer1 · value at step 0' }).locator(TENSOR_GRID).count()).resolves.toBe(1);
    await expect(page.getByRole('figure', { name: '∂loss/∂layer1 · gradient' }).textContent()).resolves.toContain("Backward › computes step 0's gradients");
    await zoomAround(page, nodeNamed(page, 'layer1'));
    await screenshot('step-through-forward');

    // Backward: the gradient nodes fill in; the variables are unchanged.
    await page.getByRole('button', { name: 'Step through: backward' }).click();
    await expect.poll(() => shows(page), { timeout: TRAIN_TIMEOUT }).toBe('backward');
    await expect(progress.textContent()).resolves.toBe('step 0 / 10,001');
    await expect(note.textContent()).resolves.toMatch(/^Step 0, backward pass/);
    await expect.poll(() => gradientBadges(page).count()).toBeGreaterThan(10);
    await expect(updateBadges(page).count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="run-change"]').count()).resolves.toBe(0);
    await expect(page.getByRole('figure', { name: '∂loss/∂layer1 · gradient' }).locator(TENSOR_GRID).count()).resolves.toBe(1);
    await zoomAround(page, page.locator('.op-node--gradient').nth(6));
    await screenshot('step-through-backward');

    // Update: the variables changed (each ringed, with its change), the update nodes say by how much; nothing of step 1 is computed.
    await page.getByRole('button', { name: 'Step through: update' }).click();
    await expect.poll(() => shows(page), { timeout: TRAIN_TIMEOUT }).toBe('update');
    await expect(progress.textContent()).resolves.toBe('step 1 / 10,001');
    await expect(note.textContent()).resolves.toMatch(/^Update applied: the ringed variables changed, now at step 1/);
    for (const v of ['W1', 'b1', 'W2', 'b2']) await nodeNamed(page, v).getByTestId('run-change').waitFor();
    await expect(nodeNamed(page, 'b2').getByTestId('run-change').textContent()).resolves.toMatch(/^-?[\d.e-]+ → -?[\d.e-]+$/);
    await expect(nodeNamed(page, 'W1').getByTestId('run-change').textContent()).resolves.toMatch(/^‖Δ‖ [\d.e-]+$/);
    await expect(page.locator('.run-badge__changed-ring').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(updateBadges(page).allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^W1 moved ‖Δ‖ [\d.e-]+$/), expect.stringMatching(/^b2 moved ‖Δ‖/)]));
    for (const n of ['layer1', 'hypothesis', 'cost', 'accuracy']) await expect(badge(page, n).count(), n).resolves.toBe(0);
    await expect(gradientBadges(page).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await nodeNamed(page, 'W1').click();
    await page.getByRole('figure', { name: 'W1 · before the update' }).waitFor();
    await page.getByRole('figure', { name: 'W1 · after the update, value at step 1' }).waitFor();
    await page.getByRole('figure', { name: 'W1 · change (after − before)' }).locator(TENSOR_GRID).waitFor();
    await zoomAround(page, nodeNamed(page, 'W1'));
    await screenshot('step-through-update');
    await zoomAround(page, page.locator('.op-node--gradient', { has: page.locator('[data-update]') }).first());
    await screenshot('step-through-update-nodes');

    // The next Forward computes step 1, as the counter says.
    await page.getByRole('button', { name: 'Step through: forward' }).click();
    await expect.poll(() => shows(page), { timeout: TRAIN_TIMEOUT }).toBe('forward');
    await expect(note.textContent()).resolves.toMatch(/^Step 1, forward pass/);
    await expect(page.getByRole('figure', { name: 'W1 · value at step 1' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT * 2);
});
