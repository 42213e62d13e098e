/**
 * Exporting the canvas in Chromium through the browser's File menu: PNG and
 * SVG arrive as downloads named after the document, the PNG at twice the
 * fitted graph's size, the SVG with the nodes' names in it, drawn whole at
 * the picture's zoom however far out the canvas is.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, SCREENSHOTS } from './browser.ts';
import { nodeNames } from './canvas.ts';
import { autoLayout } from '../renderer/store/commands/autoLayout.ts';
import { layeredGraph } from '../bench/lib/layeredGraph.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * Chooses File > `item` and returns the download it starts. Drawing a large graph is slow (html-to-image
 * inlines the computed styles of each element): 8 s for 260 nodes on a quiet machine here, 26 s inlining
 * all of them (45 s at load 6), hence the wait of up to LARGE_EXPORT_MS.
 */
const LARGE_EXPORT_MS = 170_000;
async function exportFromMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: LARGE_EXPORT_MS }), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** The graph's size in graph units: the nodes' union on screen divided by the zoom. */
function graphSize(page: Page) {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('.canvas .react-flow__node')].map((n) => n.getBoundingClientRect());
    const transform = getComputedStyle(document.querySelector('.canvas .react-flow__viewport')!).transform;
    const zoom = new DOMMatrix(transform).a;
    const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
    const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
    return { width: width / zoom, height: height / zoom };
  });
}

describe('exporting the canvas', () => {
  it('downloads the whole graph as a 2x PNG and as an SVG with the node names', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await page.locator('.canvas[data-ready]').waitFor();
    const names = await nodeNames(page);
    const size = await graphSize(page);
    // Fitted on screen, xor-nn is zoomed so far out that its nodes show only their names; the picture, at 100%, shows them whole.
    await expect(page.locator('.canvas').getAttribute('data-zoom')).resolves.toBe('far');

    const png = await exportFromMenu(page, 'Export PNG');
    expect(png.name).toBe('xor-nn.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR: width and height, big-endian, at bytes 16 and 20; 32 graph units of margin each side, then 2x.
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    expect(Math.abs(width - 2 * (size.width + 64))).toBeLessThanOrEqual(4);
    expect(Math.abs(height - 2 * (size.height + 64))).toBeLessThanOrEqual(4);
    await mkdir(SCREENSHOTS, { recursive: true });
    // Kept to look at: the exported picture itself, not a screenshot of it.
    await writeFile(new URL('export-xor-nn.png', SCREENSHOTS), png.bytes);

    const svg = await exportFromMenu(page, 'Export SVG');
    expect(svg.name).toBe('xor-nn.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    for (const name of names) expect(text).toContain(name);
    // Each wire is drawn with its stroke inlined (html-to-image 1.11.13 left the SVG inside a node unstyled: black blocks).
    const edgePaths = [...text.matchAll(/<path[^>]*class="react-flow__edge-path"[^>]*>/g)].map((m) => m[0]);
    expect(edgePaths.length).toBeGreaterThan(10);
    for (const path of edgePaths) expect(path).toMatch(/style="[^"]*[ ;"]stroke: rgb\(\d+, \d+, \d+\);/);
    // Drawn at the picture's zoom: every node's far-out label hidden, its op and ports shown; the canvas is far out again after.
    const farLabels = [...text.matchAll(/<span[^>]*class="op-node__far"[^>]*>/g)].map((m) => m[0]);
    expect(farLabels.length).toBe(names.length);
    for (const label of farLabels) expect(label).toMatch(/style="[^"]*[ ;"]display: none;/);
    expect(text).not.toMatch(/class="op-node__op"[^>]*style="[^"]*visibility: hidden/);
    await expect(page.locator('.canvas').getAttribute('data-zoom')).resolves.toBe('far');

    await page.locator('.statusbar').getByText('Exported "xor-nn.svg"').waitFor();
    await screenshot('export-menu');
    expect(errors).toEqual([]);
  });

  it('draws the same picture, to the byte, inlining only the styles not at their default as inlining every computed style', async () => {
    // mnist-cnn: scopes drawn as frames, edge labels, every op colour; one node selected.
    const pngOf = async (query: string) => {
      const { page, errors } = await openApp(browser, inject('baseUrl'), query);
      await page.locator('.canvas[data-ready]').waitFor();
      await page.locator('.react-flow__node', { hasText: 'Conv2D' }).first().click();
      const started = Date.now();
      const png = await exportFromMenu(page, 'Export PNG');
      const ms = Date.now() - started;
      expect(errors).toEqual([]);
      await page.context().close();
      return { bytes: png.bytes, ms };
    };
    const rendered = await pngOf('?sample=mnist-cnn');
    const all = await pngOf('?sample=mnist-cnn&exportStyles=all');
    console.log(`e2e: mnist-cnn's PNG export ${rendered.ms} ms inlining the styles not at their default, ${all.ms} ms inlining all`);
    expect(rendered.bytes.length).toBeGreaterThan(10_000);
    expect(rendered.bytes.equals(all.bytes)).toBe(true);
  });

  it('draws every node of a graph too large to keep them all mounted, not only those in view', async () => {
    const laid = autoLayout(layeredGraph(260), { sizes: {} });
    if (!laid.ok) throw new Error(laid.error);
    const doc = laid.doc;
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?debug');
    await page.locator('.canvas[data-ready]').waitFor();
    await page.evaluate(`window.flowboardDebug.store.getState().openDocument(${JSON.stringify(doc)}, { name: 'large', origin: 'new' })`);
    await page.locator('.canvas[data-ready]').waitFor();
    const mounted = await page.locator('.canvas .react-flow__node-op').count();
    // The case is real: most nodes are out of view and not in the DOM.
    expect(mounted).toBeLessThan(doc.nodes.length / 2);
    const svg = await exportFromMenu(page, 'Export SVG');
    const text = svg.bytes.toString('utf8');
    const drawnIds = new Set([...text.matchAll(/react-flow__node-op[^>]*?data-id="([^"]+)"/g)].map((m) => m[1]));
    expect(drawnIds.size).toBe(doc.nodes.length);
    // Afterwards the canvas mounts only what is in view again.
    await expect.poll(() => page.locator('.canvas .react-flow__node-op').count()).toBe(mounted);
    expect(errors).toEqual([]);
  }, LARGE_EXPORT_MS + 10_000);
});
