/**
 * Training in the app's worker (issue 5): the canvas frame rate while xor-nn
 * trains (requestAnimationFrame intervals with the page idle, and during a
 * real mouse pan of the canvas), and the worker's steps per second against the
 * same graph, steps and log interval trained by the CLI (`flowboard train`) on
 * the same backend. Headless Chromium here has only SwiftShader WebGL, so the
 * worker picks WASM; the CLI is given `--backend wasm`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/staticServer.ts';
import { defineBench, type BenchRow } from './lib/bench.ts';
import type { Timing } from './lib/timing.ts';

const STEPS = 30_001;
const LOG_EVERY = 100;
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineBench({
  name: 'worker',
  async run() {
    const outDir = await mkdtemp(join(tmpdir(), 'flowboard-bench-'));
    await build({ configFile: join(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(`${server.url}?sample=xor-nn&debug`);
      await page.locator('.statusbar__backend', { hasText: '—' }).waitFor({ timeout: 60_000 });
      const backend = (await page.locator('.statusbar__backend').textContent())!;
      const idle = await framesWhile(page, () => page.waitForTimeout(1500));
      // The CLI runs before and after the worker, so load from other processes on a shared machine hits both alike.
      const before = await trainWithCli();
      const worker = await trainInWorker(page);
      const after = await trainWithCli();
      const cli = { ms: (before.ms + after.ms) / 2, stepsPerSecond: (before.stepsPerSecond + after.stepsPerSecond) / 2 };
      const ratio = worker.stepsPerSecond / cli.stepsPerSecond;
      return [
        { name: 'canvas frame interval, idle (no training)', timing: idle, target: 20, note: fps(idle) },
        { name: 'canvas frame interval while training', timing: worker.idleFrames, target: 20, note: fps(worker.idleFrames) },
        { name: 'canvas frame interval while training and panning', timing: worker.panFrames, target: 20, note: fps(worker.panFrames) },
        { name: `worker: xor-nn ${STEPS} steps, log every ${LOG_EVERY}`, timing: once(worker.ms), note: `${worker.stepsPerSecond.toFixed(0)} steps/s on ${backend.split(' — ')[0]} (${backend.split(' — ')[1]})` },
        {
          name: 'CLI: the same on wasm (mean of a run before and one after)',
          timing: { median: cli.ms, min: Math.min(before.ms, after.ms), max: Math.max(before.ms, after.ms), runs: 2 },
          note: `${cli.stepsPerSecond.toFixed(0)} steps/s; worker/CLI = ${ratio.toFixed(2)}`,
        },
      ] satisfies BenchRow[];
    } finally {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
});

function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
}

function once(ms: number): Timing {
  return { median: ms, min: ms, max: ms, runs: 1 };
}

function fps(t: Timing): string {
  return `${(1000 / t.median).toFixed(0)} fps at the median frame, worst frame ${t.max.toFixed(0)} ms`;
}

/** requestAnimationFrame intervals while `drive` runs. */
async function framesWhile(page: Page, drive: () => Promise<unknown>): Promise<Timing> {
  // Page scripts go in as text: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const run = (window.benchRun = (window.benchRun ?? 0) + 1);
    window.benchFrames = [];
    const tick = (t) => {
      if (window.benchRun !== run) return;
      window.benchFrames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await drive();
  const stamps = (await page.evaluate('(window.benchRun++, window.benchFrames)')) as number[];
  return summarize(stamps.slice(1).map((t, i) => t - stamps[i]));
}

/** Trains xor-nn for STEPS steps from the Train button; times it from the page's view of the run status. */
async function trainInWorker(page: Page): Promise<{ ms: number; stepsPerSecond: number; idleFrames: Timing; panFrames: Timing }> {
  await page.evaluate(`(() => {
    const store = window.flowboardDebug.store;
    const run = store.getState().run;
    store.getState().setRun({ settings: { ...run.settings, count: ${STEPS}, logEvery: ${LOG_EVERY} } });
    window.benchTimes = {};
    store.subscribe((s, p) => {
      if (s.run.status !== p.run.status) window.benchTimes[s.run.status] = performance.now();
    });
  })()`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(`window.flowboardDebug.store.getState().run.status === 'training'`);
  const idleFrames = await framesWhile(page, () => page.waitForTimeout(1000));
  const panFrames = await framesWhile(page, () => pan(page));
  await page.waitForFunction(`window.flowboardDebug.store.getState().run.status === 'finished'`, undefined, { timeout: 600_000, polling: 50 });
  const times = (await page.evaluate('window.benchTimes')) as Record<string, number>;
  const ms = times.finished - times.training;
  return { ms, stepsPerSecond: (STEPS * 1000) / ms, idleFrames, panFrames };
}

/** Drags the empty canvas around a square, at the rate a mouse reports. */
async function pan(page: Page): Promise<void> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  let x = box.x + 20;
  let y = box.y + box.height - 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [dx, dy] of [[1, 0], [0, -1], [-1, 0], [0, 1]])
    for (let i = 0; i < 25; i++) {
      x += dx * 5;
      y += dy * 5;
      await page.mouse.move(x, y);
      await page.waitForTimeout(16);
    }
  await page.mouse.up();
}

/** `flowboard train` on the same graph, steps and log interval, on wasm; reads its own timing line. */
async function trainWithCli(): Promise<{ ms: number; stepsPerSecond: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin/flowboard.js'), 'train', join(root, 'samples/xor-nn.flow.json'), '--steps', String(STEPS), '--log-every', String(LOG_EVERY), '--backend', 'wasm'], { cwd: root, maxBuffer: 1 << 24 });
  const match = /trained (\d+) steps in ([\d.]+) s, (\d+) steps\/s/.exec(stdout);
  if (!match) throw new Error(`flowboard train printed no timing line:\n${stdout}`);
  return { ms: Number(match[2]) * 1000, stepsPerSecond: Number(match[3]) };
}
