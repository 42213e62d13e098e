/**
 * The training panels after xor-nn trained: scalars with the hover tooltip,
 * the decision boundary, histograms (offset and overlay), distributions, the
 * selected node's value, gradient and history, and live values on the canvas.
 * Each is saved to e2e/screenshots/ to be looked at.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppPage, launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { zoomInTo } from './canvasLook.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
  page = app.page;
  await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForRunStatus(page, 'finished');
}, BACKEND_TIMEOUT + TRAIN_TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

describe('panels after training xor-nn', () => {
  it('scalars: one chart per tag with axes, a legend and a tooltip on hover', async () => {
    const cost = page.getByRole('figure', { name: 'Scalar cost' });
    await expect(cost.locator('.chart__axis text').count()).resolves.toBeGreaterThan(6);
    await expect(cost.locator('.chart-legend').textContent()).resolves.toBe('xor-nn #1 (seed 777)');
    const plot = await cost.locator('.chart__overlay').boundingBox();
    await page.mouse.move(plot!.x + plot!.width * 0.3, plot!.y + plot!.height / 2);
    const tooltip = cost.getByRole('tooltip');
    await expect(tooltip.textContent()).resolves.toMatch(/^RunSmoothedValueStepxor-nn #1 \(seed 777\)0\.\d+0\.\d+\d+$/);
    await app.screenshot('panels-scalars-hover');
    await page.mouse.move(0, 0);
  });

  it('decision boundary: the heatmap with the 0.5 contour and the four XOR points', async () => {
    await openTab(page, 'Decision boundary');
    const plot = page.locator('.boundary__plot');
    // Numbered as the step counter: the model after all 10,001 updates.
    await expect(plot.getAttribute('data-step')).resolves.toBe('10001');
    await expect(plot.locator('.boundary__points circle').count()).resolves.toBe(4);
    await expect(plot.locator('.boundary__contour').getAttribute('d')).resolves.toMatch(/^M/);
    await app.screenshot('panels-boundary');
  });

  it('histograms: each weight and its gradient, offset then overlay', async () => {
    await openTab(page, 'Histograms');
    const titles = await page.locator('.chart-card__title').evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    expect(titles).toEqual(['Gradient norm by layer', 'W1', 'W1 (gradient)', 'b1', 'b1 (gradient)', 'W2', 'W2 (gradient)', 'b2', 'b2 (gradient)']);
    await expect(page.getByRole('figure', { name: 'Histogram W1', exact: true }).locator('.histogram__slice--offset').count()).resolves.toBeGreaterThan(50);
    await app.screenshot('panels-histograms-offset');
    await page.getByRole('button', { name: 'Overlay' }).click();
    await expect(page.getByRole('figure', { name: 'Histogram W1', exact: true }).locator('.histogram__slice--overlay').count()).resolves.toBeGreaterThan(50);
    await app.screenshot('panels-histograms-overlay');
  });

  it('distributions: the basis-point bands of every tag', async () => {
    await openTab(page, 'Distributions');
    await expect(page.getByRole('figure', { name: 'Distribution W1', exact: true }).locator('.distribution__band').count()).resolves.toBe(4);
    await app.screenshot('panels-distributions');
  });

  it('selected node: a weight shows its value, its gradient and its histogram over time', async () => {
    await nodeNamed(page, 'W1').click();
    await openTab(page, 'Selected node');
    await expect(page.getByRole('figure', { name: /^W1 · value at step/ }).locator('canvas:visible').count()).resolves.toBe(1);
    await expect(page.getByRole('figure', { name: /^W1 · value at step/ }).locator('.chart-card__note').first().textContent()).resolves.toMatch(/^\[2, 2\]; colour/);
    await expect(page.getByRole('figure', { name: '∂loss/∂W1 · gradient' }).locator('canvas:visible').count()).resolves.toBe(1);
    await page.getByRole('figure', { name: 'Histogram W1 over time' }).waitFor();
    const cell = await page.getByRole('figure', { name: /^W1 · value at step/ }).locator('canvas:visible').boundingBox();
    await page.mouse.move(cell!.x + 10, cell!.y + 10);
    await expect(page.getByRole('figure', { name: /^W1 · value at step/ }).getByRole('tooltip').textContent()).resolves.toMatch(/^\[0, 0\] = -?\d/);
    await app.screenshot('panels-selected-weight');
  });

  it('canvas: node values, and gradient nodes and edges with their values when gradients are shown', async () => {
    await expect(nodeNamed(page, 'accuracy').getByTestId('run-badge').textContent()).resolves.toBe('= 1');
    // Zoomed in, every edge shows the mean and spread of what it carries.
    await nodeNamed(page, 'layer1').click();
    await zoomInTo(page, 1);
    await page.locator('.edge-live').first().waitFor();
    await expect(page.locator('.edge-live').allTextContents()).resolves.toContainEqual(expect.stringMatching(/^μ 0\.\d+\nσ 0\.\d+$/));
    await app.screenshot('panels-canvas-edge-values');
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.getByRole('button', { name: 'Show gradients' }).click();
    const gradientBadges = page.locator('.op-node--gradient [data-testid="run-badge"]');
    // Fitted, the canvas is zoomed far out and nodes show their far labels: the badges are there, drawn when zoomed in.
    await gradientBadges.first().waitFor({ state: 'attached' });
    expect(await gradientBadges.count()).toBe(await page.locator('.op-node--gradient').count() - (await page.locator('.op-node--gradient', { hasText: 'ApplyGradient' }).count()));
    await page.waitForTimeout(400);
    await app.screenshot('panels-canvas-gradients');
    // Gradient edges carry the gradient's norm.
    await zoomInTo(page, 1);
    await expect.poll(() => page.locator('.edge-live').allTextContents(), { timeout: TRAIN_TIMEOUT }).toContainEqual(expect.stringMatching(/^‖g‖ /));
    await app.screenshot('panels-canvas-gradient-edges');
    expect(app.errors).toEqual([]);
  });
});

describe('panels in the dark theme', () => {
  it('draw their axes, lines and tooltips in the theme colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await openTab(page, 'Scalars');
    const axisText = page.getByRole('figure', { name: 'Scalar cost' }).locator('.chart__axis text').first();
    await expect(axisText.evaluate((e) => getComputedStyle(e).fill)).resolves.toBe('rgb(160, 160, 171)');
    await app.screenshot('panels-dark-scalars');
    await openTab(page, 'Distributions');
    await app.screenshot('panels-dark-distributions');
  });
});
