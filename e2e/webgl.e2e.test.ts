/**
 * The GPU path (issue 15): the worker trains on TensorFlow.js's WebGL backend
 * to the same numbers as on WASM. No machine CI runs on has a GPU, so WebGL
 * runs on SwiftShader (Chromium's software renderer, which the worker would
 * never pick by itself: ?backend=webgl forces it). Each lesson trains a few
 * steps on both backends from the same seed, in two pages of one browser;
 * every logged loss and accuracy must agree within float32 rounding of the
 * backends' different kernels (GPU shaders against XNNPACK).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, loggedValues, waitForRunStatus } from './trainPage.ts';

/** WebGL through ANGLE on SwiftShader, in place of --disable-gpu. */
const SWIFTSHADER = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** The lessons here fetch their loss as `cost` and their accuracy as `accuracy` (the nodes' names tag them). */
const TAGS = { loss: 'cost', accuracy: 'accuracy' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(SWIFTSHADER);
});
afterAll(async () => {
  await browser?.close();
});

interface Trained {
  backend: string;
  /** The logged values of the sample's loss and accuracy fetches (tagged by their nodes' names). */
  loss: number[];
  accuracy: number[];
}

/**
 * Opens `sample` on `backend` and trains until `logs` values are logged, one every `logEvery` steps, then
 * pauses (a finished run would evaluate the test set, slow on a software GPU); the first `logs` values.
 */
async function train(sample: string, backend: string, logs: number, logEvery: number): Promise<Trained> {
  const { page, errors } = await openApp(browser, inject('baseUrl'), `?sample=${sample}&debug&backend=${backend}`);
  const status = page.locator('.statusbar__backend');
  await expect.poll(() => status.textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/ — /);
  // The settings live in the document's session, as the run toolbar edits them.
  await page.evaluate(`window.flowboardDebug.actions.setRunSettings({ mode: 'steps', count: 1000000, logEvery: ${logEvery} })`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(
    `(() => {
      const run = window.flowboardDebug.store.getState().run;
      return (run.runs.find((r) => r.id === run.currentRun)?.scalars[${JSON.stringify(TAGS.loss)}]?.length ?? 0) >= ${logs};
    })()`,
    undefined,
    { timeout: TRAIN_TIMEOUT, polling: 100 },
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForRunStatus(page, 'paused');
  expect(errors).toEqual([]);
  const trained = {
    backend: (await status.textContent()) ?? '',
    loss: (await loggedValues(page, TAGS.loss)).slice(0, logs),
    accuracy: (await loggedValues(page, TAGS.accuracy)).slice(0, logs),
  };
  await page.context().close();
  return trained;
}

/** Every logged value of `gl` within `tolerance` (absolute plus relative) of `wasm`'s, and as many of them. */
function expectClose(gl: number[], wasm: number[], tolerance: number): void {
  expect(gl.length).toBe(wasm.length);
  expect(wasm.length).toBeGreaterThan(1);
  gl.forEach((v, i) => expect(Math.abs(v - wasm[i]), `value ${i}: ${v} on WebGL, ${wasm[i]} on WASM`).toBeLessThanOrEqual(tolerance * (1 + Math.abs(wasm[i]))));
}

describe('WebGL (SwiftShader) trains as WASM does', () => {
  it('xor-nn: the same losses and accuracy over 200 steps', async () => {
    const gl = await train('xor-nn', 'webgl', 5, 50);
    expect(gl.backend).toMatch(/^WebGL .*asked for with \?backend=webgl/);
    const wasm = await train('xor-nn', 'wasm', 5, 50);
    expect(wasm.backend).toMatch(/^WASM/);
    expectClose(gl.loss, wasm.loss, 1e-5);
    expect(gl.accuracy).toEqual(wasm.accuracy);
    // Training moves: the loss falls.
    expect(wasm.loss.at(-1)!).toBeLessThan(wasm.loss[0]);
  }, 2 * (TRAIN_TIMEOUT + BACKEND_TIMEOUT));

  it('mnist-softmax: the same losses and batch accuracies over 16 steps of 100 images', async () => {
    const gl = await train('mnist-softmax', 'webgl', 5, 4);
    expect(gl.backend).toMatch(/^WebGL /);
    const wasm = await train('mnist-softmax', 'wasm', 5, 4);
    expectClose(gl.loss, wasm.loss, 1e-5);
    expectClose(gl.accuracy, wasm.accuracy, 1e-6);
    expect(wasm.loss.at(-1)!).toBeLessThan(wasm.loss[0]);
  }, 2 * (TRAIN_TIMEOUT + BACKEND_TIMEOUT));
});
