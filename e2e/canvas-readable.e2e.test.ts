/**
 * Readable at every size (issue 12): xor-nn opens whole and, with its
 * gradients, fits the window with every name legible; the backward pass sits
 * under the forward graph, each gradient under its node; names are whole at
 * normal zoom and the gradient tip is never clipped; scope frames hold only
 * their own nodes; paste lands at the pointer; the dock drags taller, is
 * remembered and re-fits the graph; the minimap hides when it would only
 * cover the graph. Screenshots at 1440x900 and 1280x720 go to e2e/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { canvasZoom, farLabels, inside, opNodeBoxes, overlappingLabels, paneBox } from './canvasLook.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

describe('xor-nn with its gradients, fitted', () => {
  it.each(SIZES)('fits at $width x $height with every label at least 9px and gradients under their forward nodes', async (viewport) => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport });
    await page.waitForTimeout(300);
    // Opening: the whole forward graph in view.
    const pane = await paneBox(page);
    expect((await opNodeBoxes(page)).every((b) => inside(b, pane))).toBe(true);
    await screenshot(`readable-xor-nn-open-${viewport.width}`);

    await page.getByRole('button', { name: 'Show gradients' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    await page.waitForTimeout(500);
    const boxes = await opNodeBoxes(page);
    expect(boxes.filter((b) => b.gradient).length).toBe(26);
    expect(boxes.every((b) => inside(b, pane)), 'every node inside the canvas').toBe(true);
    // Zoomed out this far each node shows its short label, large enough to read.
    const labels = await farLabels(page);
    expect(labels).toHaveLength(boxes.length);
    expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(9);
    if (viewport.width === 1440) expect(overlappingLabels(labels)).toEqual([]);
    // The backward pass is below the forward graph, each gradient straight under the node it differentiates.
    const forwardBottom = Math.max(...boxes.filter((b) => !b.gradient).map((b) => b.bottom));
    expect(boxes.filter((b) => b.gradient).every((b) => b.top > forwardBottom)).toBe(true);
    const under = await page.locator('.react-flow__node-op').evaluateAll((els) => {
      const box = (id: string) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!.getBoundingClientRect();
      return els
        .filter((e) => e.querySelector('.op-node--gradient'))
        .map((e) => {
          const origin = e.querySelector('.op-node--gradient')!.getAttribute('data-differentiates')!;
          const g = e.getBoundingClientRect();
          const f = box(origin);
          return Math.abs(g.left + g.width / 2 - (f.left + f.width / 2));
        });
    });
    expect(Math.max(...under)).toBeLessThan(2);
    await screenshot(`readable-xor-nn-gradients-${viewport.width}`);
    expect(errors).toEqual([]);
  });
});

describe('names and tips at normal zoom', () => {
  it('shows every gradient node’s whole name, wrapped between words, and a tip inside the window', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug', { viewport: { width: 1440, height: 900 } });
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    await page.waitForTimeout(400);
    const node = page.locator('.react-flow__node', { has: page.locator('.op-node--gradient[aria-label="SumToShapeOf gradients/one_minus_y_log_grad/SumToShapeOf"]') });
    // At 100%, with the node at the top of the canvas, where a tip above it would be cut off by the canvas's edge.
    const flow = await node.evaluate((el) => {
      const [x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec((el as HTMLElement).style.transform)!.slice(1).map(Number);
      return { x: x + (el as HTMLElement).offsetWidth / 2, y };
    });
    const pane = await paneBox(page);
    await page.evaluate(`window.flowboardDebug.setCenter(${flow.x}, ${flow.y + (pane.bottom - pane.top) / 2 - 8}, 1)`);
    await page.waitForTimeout(300);
    expect(await canvasZoom(page)).toBe(1);
    // The name is whole: nothing hidden, no ellipsis (it breaks only after "/" or "_").
    const name = node.locator('.op-node__name');
    await expect(name.textContent()).resolves.toBe('one_minus_y_log_grad/SumToShapeOf');
    const cut = await name.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis');
    expect(cut).toBe(false);
    await node.hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const box = (await tip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    // Drawn over the whole window: nothing (the run bar above the canvas) covers it.
    const onTop = await tip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      (el as HTMLElement).style.pointerEvents = 'auto';
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      (el as HTMLElement).style.pointerEvents = '';
      return el.parentElement === document.body && el.contains(hit);
    });
    expect(onTop).toBe(true);
    await screenshot('readable-names-and-tip');
    expect(errors).toEqual([]);
  });
});

describe('scope frames', () => {
  it("hold exactly their nodes: layer2's frame no longer takes in layer1/Sigmoid", async () => {
    for (const sample of ['vanishing-gradient-sigmoid', 'mnist-dropout']) {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), `?sample=${sample}`, { viewport: { width: 1440, height: 900 } });
      await page.waitForTimeout(300);
      const wrong = await page.evaluate(() => {
        const out: string[] = [];
        const nodes = [...document.querySelectorAll('.react-flow__node-op')].map((e) => ({ name: e.querySelector('.op-node__name')!.getAttribute('title')!, r: e.getBoundingClientRect() }));
        for (const frame of document.querySelectorAll('.react-flow__node-scope')) {
          const key = frame.querySelector('.scope__label')!.textContent!;
          const f = frame.getBoundingClientRect();
          const path = frame.querySelector<SVGPathElement>('.scope-frame__outline path');
          const svg = path?.ownerSVGElement;
          const holds = (x: number, y: number) => {
            if (!(x > f.left && x < f.right && y > f.top && y < f.bottom)) return false;
            if (!path || !svg) return true;
            // The outline is in the frame's own units; the canvas zoom scales it on screen.
            return path.isPointInFill(new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!.inverse()));
          };
          for (const n of nodes) {
            // The node's four corners, a pixel inside its border: all in its own frame, none in another's.
            const corners = [
              [n.r.left + 1, n.r.top + 1],
              [n.r.right - 1, n.r.top + 1],
              [n.r.left + 1, n.r.bottom - 1],
              [n.r.right - 1, n.r.bottom - 1],
            ].filter(([x, y]) => holds(x, y)).length;
            const own = n.name.startsWith(`${key}/`);
            if (own && corners < 4) out.push(`${key} misses ${4 - corners} corners of ${n.name}`);
            if (!own && corners > 0) out.push(`${key} holds ${corners} corners of ${n.name}`);
          }
        }
        return out;
      });
      expect(wrong, sample).toEqual([]);
      await screenshot(`readable-scopes-${sample}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('paste', () => {
  it('lands at the pointer', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport: { width: 1440, height: 900 } });
    await nodeNamed(page, 'W1').click();
    await page.keyboard.press('Control+c');
    const pane = await paneBox(page);
    const at = { x: pane.left + 200, y: pane.bottom - 120 };
    await page.mouse.move(at.x, at.y);
    await page.keyboard.press('Control+v');
    const pasted = (await page.locator('.react-flow__node', { has: page.locator('.op-node[data-selected="true"]') }).boundingBox())!;
    await expect(page.locator('.op-node[data-selected="true"] .op-node__name').textContent()).resolves.toBe('W1_1');
    // Its top-left corner at the pointer, to the snap grid's step at this zoom.
    const step = 20 * (await canvasZoom(page));
    expect(Math.abs(pasted.x - at.x)).toBeLessThanOrEqual(step);
    expect(Math.abs(pasted.y - at.y)).toBeLessThanOrEqual(step);
    expect(errors).toEqual([]);
  });
});

describe('the dock', () => {
  it('drags taller, is remembered, re-fits the graph when it opens, and the minimap hides when the canvas is short', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport: { width: 1440, height: 900 } });
    await page.getByRole('tab', { name: 'Scalars' }).click();
    const dock = page.locator('.dock');
    const before = (await dock.boundingBox())!;
    await page.waitForTimeout(500);
    // Opening the dock shrank the canvas: the graph was fitted again into what is left.
    let pane = await paneBox(page);
    expect((await opNodeBoxes(page)).every((b) => inside(b, pane))).toBe(true);
    // The whole graph is in view: the minimap would only cover it.
    expect(await page.getByLabel('Minimap').count()).toBe(0);

    const handle = (await page.getByRole('separator', { name: 'Resize the training panels' }).boundingBox())!;
    await page.mouse.move(handle.x + 300, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 300, handle.y - 150, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(500);
    const after = (await dock.boundingBox())!;
    expect(after.height).toBeGreaterThan(before.height + 140);
    pane = await paneBox(page);
    expect((await opNodeBoxes(page)).every((b) => inside(b, pane))).toBe(true);
    await screenshot('readable-dock-taller');

    // A zoomed-in view of the short canvas has no minimap either: it would cover a third of it.
    const zoomIn = page.getByRole('button', { name: 'Zoom In' });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    expect(await page.getByLabel('Minimap').count()).toBe(0);

    // Remembered: a reload opens the dock as tall.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Scalars' }).click();
    await expect.poll(async () => Math.round((await dock.boundingBox())!.height)).toBe(Math.round(after.height));
    expect(errors).toEqual([]);
  });

  it('keeps a zoom turned while the dock opens, instead of re-fitting over it', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport: { width: 1440, height: 900 } });
    await page.waitForTimeout(300);
    const fitted = await canvasZoom(page);
    const pane = await paneBox(page);
    // The re-fit waits 150 ms for the canvas to settle; the wheel comes well inside that here.
    await page.getByRole('tab', { name: 'Scalars' }).click();
    await page.mouse.move((pane.left + pane.right) / 2, (pane.top + pane.bottom) / 3);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    // Re-fitted into the shorter canvas it would be at or under the fitted zoom; the wheel took it above.
    expect(await canvasZoom(page)).toBeGreaterThan(fitted * 1.2);
    expect(errors).toEqual([]);
  });
});
