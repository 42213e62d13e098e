/** Dropping a node onto a link inserts it where the shapes fit, as one undo step, or says why not. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { centreOf, dropOp, nodeNamed, port } from './canvas.ts';
import { zoomOnto } from './canvasLook.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The point halfway along the straight link between two ports on one row, in window and pane coordinates. */
async function midpoint(page: Page, from: [string, string], to: [string, string]) {
  const a = await centreOf(port(page, from[0], 'source', from[1]));
  const b = await centreOf(port(page, to[0], 'target', to[1]));
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const x = (a.x + b.x) / 2;
  const y = (a.y + b.y) / 2;
  return { window: { x, y }, pane: { x: x - pane.x, y: y - pane.y } };
}

const status = (page: Page) => page.locator('.statusbar').textContent();

describe('dropping a node onto a link', () => {
  it('inserts an op dropped from the palette, and one undo takes it out again', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    const at = await midpoint(page, ['layer1', 'y'], ['MatMul_1', 'a']);
    await dropOp(page, 'Relu', at.pane);
    await nodeNamed(page, 'Relu').waitFor();
    await expect(status(page)).resolves.toMatch(/31 nodes\s*33 edges\s*0 errors/);
    await expect(nodeNamed(page, 'Relu').locator('.op-node__shape').textContent()).resolves.toBe('[?,2]');
    await page.waitForTimeout(100);
    await screenshot('canvas-edge-drop-inserted');
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'Relu').waitFor({ state: 'detached' });
    await expect(status(page)).resolves.toMatch(/30 nodes\s*32 edges/);
    expect(errors).toEqual([]);
  });

  it('refuses an op whose shapes do not fit, saying why, and leaves it beside the link', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    const at = await midpoint(page, ['X', 'value'], ['MatMul', 'a']);
    await dropOp(page, 'ReduceSum', at.pane);
    await nodeNamed(page, 'ReduceSum').waitFor();
    await expect(page.locator('.statusbar__notice').textContent()).resolves.toMatch(/^Not inserted into the link: ReduceSum "ReduceSum" does not fit before "MatMul"/);
    await expect(status(page)).resolves.toMatch(/31 nodes\s*32 edges/);
    await screenshot('canvas-edge-drop-refused');
    expect(errors).toEqual([]);
  });

  it('inserts an unconnected node dragged onto a link; the move and the insert are one undo step', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    // xor-nn opens whole, its nodes too small to drag precisely: zoom in where the edit happens.
    await zoomOnto(page, nodeNamed(page, 'layer1'), 0.6);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.dblclick(pane.x + 420, pane.y + 560);
    await page.keyboard.type('Sigmoid');
    await page.keyboard.press('Enter');
    const node = nodeNamed(page, 'Sigmoid');
    await node.waitFor();
    const at = await midpoint(page, ['layer1', 'y'], ['MatMul_1', 'a']);
    const box = (await node.boundingBox())!;
    const grab = { x: box.x + 20, y: box.y + 8 };
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 30, grab.y - 30, { steps: 4 });
    await page.mouse.move(grab.x + at.window.x - centre.x, grab.y + at.window.y - centre.y, { steps: 8 });
    await expect(page.locator('.react-flow__edge.edge--drop-target').count()).resolves.toBe(1);
    await screenshot('canvas-edge-drop-dragging');
    await page.mouse.up();
    await expect(status(page)).resolves.toMatch(/31 nodes\s*33 edges\s*0 errors/);
    await page.keyboard.press('Control+z');
    // One undo: the node is unwired and back where it was before the drag.
    await expect(status(page)).resolves.toMatch(/31 nodes\s*32 edges/);
    const back = (await node.boundingBox())!;
    expect(Math.abs(back.x - box.x) + Math.abs(back.y - box.y)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });
});
