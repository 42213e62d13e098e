/**
 * Flowboard training in the app's worker, in headless Chromium, for benches:
 * the built app is served cross-origin isolated, one page per sample and
 * thread count (?threads=), each trained in rounds of a few seconds (Train,
 * wait, Pause) so its rounds interleave with whatever else a bench times.
 * The run is the app's own: its batches, its logging, its worker.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../e2e/browser.ts';
import { type StaticServer, serveStatic } from '../../e2e/staticServer.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerApp {
  /** Opens a sample on a page of its own; resolves once the backend has started. */
  open(sample: string, query: string): Promise<WorkerTrainer>;
  close(): Promise<void>;
}

export interface WorkerTrainer {
  /** The status bar's backend line ("WASM on 2 threads (...) — ..."). */
  backend: string;
  page: Page;
  /** Trains for about `seconds` (the first round also loads the data, untimed); the steps trained and the ms they took, as the page saw them while the status was training. */
  train(seconds: number): Promise<{ steps: number; ms: number }>;
}

/** Builds the app (production), serves it and starts Chromium (with `gpuFlags` in place of --disable-gpu, when given). */
export async function startWorkerApp(gpuFlags?: readonly string[]): Promise<WorkerApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'flowboard-bench-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    server = await serveStatic(outDir);
    browser = await launchChromium(gpuFlags);
  } catch (e) {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw e;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const [url, chromium] = [server.url, browser];
  return {
    async open(sample, query) {
      const page = await (await chromium.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(`${url}?sample=${sample}&debug${query}`);
      await page.locator('.statusbar__backend', { hasText: '—' }).waitFor({ timeout: 120_000 });
      const backend = (await page.locator('.statusbar__backend').textContent()) ?? '';
      // Steps without end and almost no logging: the rounds measure training, not summaries. The settings
      // are the document's session's, as the run toolbar edits them. Every status and step the page sees is timed.
      await page.evaluate(`(() => {
        const store = window.flowboardDebug.store;
        window.flowboardDebug.actions.setRunSettings({ mode: 'steps', count: 10000000, logEvery: 1000000 });
        window.benchTimes = [];
        store.subscribe((s, p) => { if (s.run.status !== p.run.status || s.run.step !== p.run.step) window.benchTimes.push([s.run.status, performance.now(), s.run.step]); });
      })()`);
      return { backend, page, train: (seconds) => trainFor(page, seconds) };
    },
    async close() {
      await chromium.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

async function trainFor(page: Page, seconds: number): Promise<{ steps: number; ms: number }> {
  await page.evaluate('window.benchTimes = []');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // The first Train loads the data; the clock starts when training does.
  await page.waitForFunction(`window.flowboardDebug.store.getState().run.status === 'training'`, undefined, { timeout: 300_000, polling: 20 });
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForFunction(`window.flowboardDebug.store.getState().run.status === 'paused'`, undefined, { timeout: 300_000, polling: 20 });
  const times = (await page.evaluate('window.benchTimes')) as [string, number, number][];
  // From the status turning to training to the last progress report before the pause (the worker reports
  // every 200 ms), so the values the app captures after a pause are not counted as training time.
  // A round whose steps are too slow for a report in between (a CNN on a loaded machine) ends at the pause.
  const training = times.filter(([status]) => status === 'training');
  const start = training[0];
  const progress = training.at(-1);
  const end = progress && start && progress[2] > start[2] ? progress : times.findLast(([status]) => status === 'paused');
  if (!start || !end || end[2] <= start[2]) throw new Error(`the worker did not train (statuses ${times.map(([s]) => s).join(', ')})`);
  return { steps: end[2] - start[2], ms: end[1] - start[1] };
}
