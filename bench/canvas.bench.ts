/**
 * The canvas with a 500-node graph in Chromium: the frame rate while panning
 * and zooming (requestAnimationFrame intervals during real mouse drags and
 * wheel turns), and the time from an edit (setAttr changing a weight's shape)
 * to the updated shape labels on the canvas. Targets: at least 50 fps (frames
 * under 20 ms) and under 16 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { autoLayout } from '../renderer/store/commands/autoLayout.ts';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/staticServer.ts';
import { defineBench, type BenchRow } from './lib/bench.ts';
import { layeredGraph } from './lib/layeredGraph.ts';
import type { Timing } from './lib/timing.ts';

const NODES = 500;
/** The window: 1280x800 unless BENCH_VIEWPORT=WxH says otherwise (1920x1200 paints 2.25 times the pixels). */
const [width, height] = (process.env.BENCH_VIEWPORT ?? '1280x800').split('x').map(Number);
const VIEWPORT = { width, height };
const EDITS = 30;

export default defineBench({
  name: 'canvas',
  async run() {
    const laid = autoLayout(layeredGraph(NODES), { sizes: {} });
    if (!laid.ok) throw new Error(laid.error);
    const doc = laid.doc;
    const outDir = await mkdtemp(join(tmpdir(), 'flowboard-bench-'));
    await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
      await page.goto(`${server.url}?debug`);
      await page.locator('.react-flow__node').first().waitFor();
      const open = async () => {
        await page.evaluate(`window.flowboardDebug.store.getState().openDocument(${JSON.stringify(doc)}, { name: 'bench', origin: 'new' })`);
        await page.locator('.canvas[data-ready]').waitFor();
      };
      await open();
      const inView = () => page.locator('.react-flow__node-op').count();
      const size = `${doc.nodes.length} nodes, ${doc.edges.length} edges`;
      // Worst case for drawing: zoomed to fit, every node in view.
      await page.keyboard.press('f');
      await page.waitForTimeout(500);
      const allShown = await inView();
      const panAll = await frames(page, () => pan4(page));
      const zoomAll = await frames(page, () => wheel(page));
      // Working view: readable zoom on the first tower, where the edits happen.
      const weight = doc.nodes.find((n) => n.name === 'tower0/layer0/W')!;
      const matmul = doc.nodes.find((n) => n.name === 'tower0/layer0/MatMul')!;
      const centre = async () => {
        await page.evaluate(`window.flowboardDebug.setCenter(${matmul.position.x}, ${matmul.position.y}, 0.8)`);
        await page.locator(`.react-flow__node[data-id="${matmul.id}"]`).waitFor();
        await page.waitForTimeout(300);
      };
      await centre();
      const someShown = await inView();
      const panSome = await frames(page, () => pan4(page));
      await centre();
      const edit = await editToLabels(page, weight.id, matmul.id);
      return [
        { name: `pan, zoomed to fit (${size}, ${allShown} drawn, ${width}x${height})`, timing: panAll, target: 20, note: `${rate(panAll)} fps over the drag, ${fps(panAll)} at the median frame` },
        { name: 'zoom (wheel), zoomed to fit', timing: zoomAll, target: 20, note: `${rate(zoomAll)} fps over the zoom, ${fps(zoomAll)} at the median frame` },
        { name: `pan at 80% zoom (${someShown} drawn)`, timing: panSome, target: 20, note: `${rate(panSome)} fps over the drag, ${fps(panSome)} at the median frame` },
        { name: 'edit -> shape labels in the DOM', timing: edit.dom, target: 16, note: 'setAttr of a weight shape, until its MatMul shows it' },
        { name: 'edit -> next frame painted', timing: edit.frame, note: 'the same, until the following animation frame' },
      ] satisfies BenchRow[];
    } finally {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
});

function fps(t: Timing): string {
  return (1000 / t.median).toFixed(0);
}

/** Frames per second over the whole run: frames drawn over the time they took. */
function rate(t: Timing & { total?: number }): string {
  return t.total ? ((t.runs * 1000) / t.total).toFixed(0) : '?';
}

function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
}

/** Records requestAnimationFrame intervals while `drive` runs. */
async function frames(page: Page, drive: () => Promise<void>): Promise<Timing & { total: number }> {
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
  return { ...summarize(stamps.slice(1).map((t, i) => t - stamps[i])), total: stamps[stamps.length - 1] - stamps[0] };
}

/** A point on the empty canvas, where a drag pans. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const p = (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (let y = pane.top + 20; y < pane.bottom - 20; y += 15)
      for (let x = pane.left + 80; x < pane.right - 20; x += 15) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return undefined;
  })()`)) as { x: number; y: number } | undefined;
  if (!p) throw new Error('no empty spot on the canvas to drag from');
  return p;
}

/** Drags the canvas around a square for about two seconds, at the rate a mouse reports. */
async function pan4(page: Page): Promise<void> {
  const start = await emptyPoint(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const dirs = [[1, 0], [0, 1], [-1, 0], [0, -1]];
  let { x, y } = start;
  for (const [dx, dy] of dirs)
    for (let i = 0; i < 30; i++) {
      x += dx * 6;
      y += dy * 6;
      await page.mouse.move(x, y);
      await page.waitForTimeout(16);
    }
  await page.mouse.up();
}

/** Turns the wheel out and back in over the canvas. */
async function wheel(page: Page): Promise<void> {
  const at = await emptyPoint(page);
  await page.mouse.move(at.x, at.y);
  for (const dy of [...Array(40).fill(30), ...Array(40).fill(-30)]) {
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(16);
  }
}

/** Times edits of a weight's shape until the MatMul it feeds shows the new shape: in the DOM, and painted. */
async function editToLabels(page: Page, weightId: string, matmulId: string): Promise<{ dom: Timing; frame: Timing }> {
  const results = (await page.evaluate(`(async () => {
    const { actions, store } = window.flowboardDebug;
    const label = () => document.querySelector('.react-flow__node[data-id="${matmulId}"] .op-node__shape');
    const rows = store.getState().document.nodes.find((n) => n.id === '${weightId}').attrs.shape[0];
    const dom = [];
    const frame = [];
    for (let i = 0; i < ${EDITS}; i++) {
      const cols = 10 + (i % 7);
      const want = '[?,' + cols + ']';
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const done = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('the label did not change within 2 s')), 2000);
        const observer = new MutationObserver(() => {
          if (label()?.textContent === want) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('.react-flow__nodes'), { subtree: true, characterData: true, childList: true });
      });
      const start = performance.now();
      actions.setAttr('${weightId}', 'shape', [rows, cols]);
      dom.push((await done) - start);
      await new Promise((r) => requestAnimationFrame(r));
      frame.push(performance.now() - start);
    }
    return { dom, frame };
  })()`)) as { dom: number[]; frame: number[] };
  return { dom: summarize(results.dom), frame: summarize(results.frame) };
}
