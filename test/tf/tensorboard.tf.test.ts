/**
 * Real TensorBoard serving Flowboard's logs: `flowboard train --logdir` for
 * two runs (xor-nn, and a few steps of mnist-cnn for a graph with
 * convolutions), `tensorboard --logdir` on 127.0.0.1, and Chromium on its
 * Scalars, Histograms, Distributions and Graphs pages, each checked for the
 * run's tags and nodes and saved as a screenshot in e2e/screenshots/
 * (tensorboard-*.png).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS } from '../../e2e/browser.ts';
import { bufferIO } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import { type TempDir, tempDir } from '../tempFiles.ts';

const TENSORBOARD = new URL('../../.venv-tf/bin/tensorboard', import.meta.url).pathname;

let tmp: TempDir;
let server: ChildProcess | undefined;
let url = '';
let browser: Browser;
let page: Page;

/** Starts TensorBoard on a free port; resolves with its address once it says it is serving. */
function startTensorBoard(logdir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(TENSORBOARD, ['--logdir', logdir, '--host', '127.0.0.1', '--port', '0', '--load_fast', 'false', '--reload_interval', '0'], {
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    const timer = setTimeout(() => reject(new Error(`tensorboard did not start within 300 s:\n${said}`)), 300_000);
    const listen = (d: Buffer) => {
      said += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(said);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    server.stdout!.on('data', listen);
    server.stderr!.on('data', listen);
    server.on('exit', (code) => reject(new Error(`tensorboard exited with ${code}:\n${said}`)));
  });
}

async function train(logdir: string, args: string[]): Promise<void> {
  const io = bufferIO();
  const code = await main(['train', ...args, '--backend', 'wasm', '--logdir', logdir], io);
  if (code !== 0) throw new Error(`flowboard train failed: ${io.err}`);
}

/** A text TensorBoard shows (its pages use shadow DOM, which locators pierce and innerText does not). */
function shown(text: string) {
  return page.locator(`text="${text}" >> visible=true`).first();
}

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`tensorboard-${name}.png`, SCREENSHOTS).pathname });
}

beforeAll(async () => {
  tmp = tempDir();
  const logdir = join(tmp.path, 'logs');
  await train(join(logdir, 'xor-nn'), ['samples/xor-nn.flow.json', '--steps', '3001', '--log-every', '100']);
  await train(join(logdir, 'mnist-cnn'), ['samples/mnist-cnn.flow.json', '--steps', '3', '--log-every', '1']);
  url = await startTensorBoard(logdir);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  // The server is this test's own child: ended by its id.
  server?.kill('SIGTERM');
  tmp?.remove();
});

describe('tensorboard --logdir on flowboard train --logdir', () => {
  it('Scalars: the loss and accuracy of both runs', async () => {
    await page.goto(`${url}#scalars`);
    for (const text of ['loss', 'cost', 'accuracy', 'xor-nn', 'mnist-cnn']) await shown(text).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    await shot('scalars');
  });

  it("Histograms: each variable's histograms over the steps", async () => {
    await page.goto(`${url}#histograms`);
    for (const tag of ['W1', 'W2', 'b1', 'b2', 'conv1', 'fc']) await shown(tag).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    await shot('histograms');
  });

  it('Distributions: the same variables as bands', async () => {
    await page.goto(`${url}#distributions`);
    for (const tag of ['W1', 'W2', 'b1', 'b2']) await shown(tag).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    await shot('distributions');
  });

  it('Graphs: the forward graph with its scopes, the gradients and the training step', async () => {
    await page.goto(`${url}#graphs&run=mnist-cnn`);
    const gradients = page.locator('g.node[data-name="gradients"]').first();
    await gradients.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000);
    await shot('graphs');
    // Scopes are group nodes named after the scope; TensorBoard sets aside gradients and train as high-degree nodes, as for TF1's own graphs.
    for (const scope of ['conv1', 'conv2', 'fc', 'gradients', 'train', 'hypothesis', 'cost']) await expect(page.locator(`g.node[data-name="${scope}"]`).count()).resolves.toBeGreaterThan(0);
    // Opening the gradients scope shows the backward ops.
    await gradients.dblclick();
    await page.waitForTimeout(2000);
    await shown('Fit to screen').click();
    await page.waitForTimeout(2000);
    await shot('graphs-gradients');
    // TF1's naming inside: gradients/<node>_grad, and the model's scopes again (gradients/conv1/...).
    const inner = await page.locator('g.node[data-name^="gradients/"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-name')));
    expect(inner).toEqual(expect.arrayContaining(['gradients/cost_grad', 'gradients/cross_entropy_grad', 'gradients/hypothesis_grad', 'gradients/conv1', 'gradients/fc']));
  });
});
