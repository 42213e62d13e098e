/**
 * Training in the app (issue 5's "done means"): xor-nn trains in the worker on
 * WASM (headless Chromium's WebGL is SwiftShader, which the worker skips), the
 * loss falls, accuracy reaches 1 and the decision boundary bends; xor-logistic
 * stays at 0.5.
 */
import type { Browser, Page } from 'playwright-core';
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

interface RunView {
  status: string;
  step: number;
  totalSteps: number;
  cost: number[];
  accuracy: number[];
  boundary: number[] | undefined;
  size: number;
}

/** The run slice, read through the debug handle. */
function runView(page: Page): Promise<RunView> {
  return page.evaluate(`(() => {
    const run = window.flowboardDebug.store.getState().run;
    const current = run.runs.find((r) => r.id === run.currentRun);
    const values = (tag) => (current?.scalars[tag] ?? []).map((p) => p.value);
    return { status: run.status, step: run.step, totalSteps: run.totalSteps, cost: values('cost'), accuracy: values('accuracy'), boundary: run.boundary ? Array.from(run.boundary.values) : undefined, size: run.boundary?.size ?? 0 };
  })()`) as Promise<RunView>;
}


/** The prediction in the grid cell nearest (x1, x2) of the unit square's corners. */
function cornerValue(view: RunView, x1: number, x2: number): number {
  const n = view.size;
  // The grid spans [-0.2, 1.2] on both axes (the data's range padded by a fifth).
  const cell = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(((v + 0.2) / 1.4) * n)));
  return view.boundary![cell(x2) * n + cell(x1)];
}

describe('Train xor-nn in the worker', () => {
  it('trains on WASM, says why, and learns XOR: loss falls, accuracy 1, the boundary bends', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    const backend = page.locator('.statusbar__backend');
    await expect.poll(() => backend.textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM on \d+ threads? \(.+\) — WebGL is SwiftShader, a software renderer/);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'finished');
    const view = await runView(page);
    expect(view.step).toBe(10001);
    expect(view.cost.length).toBeGreaterThan(50);
    expect(view.cost.at(-1)!).toBeLessThan(view.cost[0] / 5);
    expect(view.accuracy.at(-1)).toBe(1);
    // A straight line cannot put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other.
    expect(cornerValue(view, 0, 0)).toBeLessThan(0.5);
    expect(cornerValue(view, 1, 1)).toBeLessThan(0.5);
    expect(cornerValue(view, 0, 1)).toBeGreaterThan(0.5);
    expect(cornerValue(view, 1, 0)).toBeGreaterThan(0.5);
    await expect(page.getByTestId('run-progress').textContent()).resolves.toBe('step 10,001 / 10,001');
    await screenshot('train-xor-nn-scalars');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT * 2);
});

describe('Train xor-logistic', () => {
  it('stays at accuracy 0.5 and cost log 2: one straight line cannot separate XOR', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-logistic&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'finished');
    const view = await runView(page);
    expect(view.accuracy.at(-1)).toBe(0.5);
    expect(view.cost.at(-1)!).toBeCloseTo(Math.LN2, 2);
    await screenshot('train-xor-logistic-scalars');
    await page.getByRole('tab', { name: 'Decision boundary' }).click();
    await page.locator('.boundary__points circle').first().waitFor();
    await screenshot('train-xor-logistic-boundary');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT * 2);
});

describe('Run controls', () => {
  it('Step takes one training step; step-through computes forward, then backward, then updates', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => page.getByTestId('run-progress').textContent(), { timeout: TRAIN_TIMEOUT }).toBe('step 1 / 10,001');
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    await page.getByRole('button', { name: 'Step through: forward' }).click();
    await expect.poll(() => page.evaluate('window.flowboardDebug.store.getState().run.phase'), { timeout: TRAIN_TIMEOUT }).toBe('forward');
    // Forward values only: the gradient nodes wait for the backward pass.
    await expect.poll(() => page.locator('.op-node--gradient [data-testid="run-badge"]').count(), { timeout: TRAIN_TIMEOUT }).toBe(0);
    await page.getByRole('button', { name: 'Step through: backward' }).click();
    await expect.poll(() => page.locator('.op-node--gradient [data-testid="run-badge"]').count(), { timeout: TRAIN_TIMEOUT }).toBeGreaterThan(10);
    await screenshot('train-step-through-backward');
    await page.getByRole('button', { name: 'Step through: update' }).click();
    await expect.poll(() => page.getByTestId('run-progress').textContent(), { timeout: TRAIN_TIMEOUT }).toBe('step 2 / 10,001');
  }, TRAIN_TIMEOUT * 2);

  it('editing the graph while training pauses it and says so; Train then starts a second run', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const steps = page.getByRole('textbox', { name: 'Steps' });
    await steps.fill('2000000');
    await steps.press('Enter');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForRunStatus(page, 'training');
    await page.waitForFunction('window.flowboardDebug.store.getState().run.step > 500', undefined, { timeout: TRAIN_TIMEOUT });
    await page.evaluate(`window.flowboardDebug.actions.setAttr('n30', 'learningRate', 0.5)`);
    await waitForRunStatus(page, 'paused');
    const reason = 'Training paused: the graph changed. Train starts a new run on the edited graph.';
    await expect(page.locator('.statusbar__run').textContent()).resolves.toBe('Paused: the graph changed');
    await expect(page.locator('.statusbar__run').getAttribute('title')).resolves.toBe(reason);
    await expect(page.locator('.statusbar__notice').textContent()).resolves.toBe(reason);
    await screenshot('train-edit-paused');
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction('window.flowboardDebug.store.getState().run.runs.length === 2 && window.flowboardDebug.store.getState().run.step > 3000', undefined, { timeout: TRAIN_TIMEOUT });
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitForRunStatus(page, 'paused');
    await expect(page.getByRole('figure', { name: 'Scalar cost' }).locator('.chart-legend').textContent()).resolves.toBe('xor-nn #1 (seed 777)xor-nn #2 (seed 777)');
    await screenshot('train-two-runs');
  }, TRAIN_TIMEOUT * 2);

  it('a value that stops being finite pauses training, rings the node that produced it and says why', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    await page.evaluate(`window.flowboardDebug.actions.setAttr('n30', 'learningRate', 1000000)`);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction('window.flowboardDebug.store.getState().run.failure !== undefined', undefined, { timeout: TRAIN_TIMEOUT });
    const failure = (await page.evaluate('window.flowboardDebug.store.getState().run.failure')) as { nodeId: string; nonFinite: boolean; message: string };
    expect(failure.nonFinite).toBe(true);
    const ring = page.locator(`.react-flow__node[data-id="${failure.nodeId}"] .run-badge__ring`);
    await ring.waitFor();
    await expect(page.locator('.statusbar__notice').textContent()).resolves.toMatch(/^Training paused: training stopped at step \d+: .* produced (NaN|-?Infinity), the first node/);
    await expect(page.locator('.statusbar__run').textContent()).resolves.toBe('Paused: a value is not a finite number');
    await screenshot('train-nonfinite');
  }, TRAIN_TIMEOUT * 2);
});
