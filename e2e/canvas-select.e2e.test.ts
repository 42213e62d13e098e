/** Multi-select on the canvas: box select, shift-click, select all; delete, copy/paste and duplicate keep the links among the nodes. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed, nodeNames } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const selected = (page: import('playwright-core').Page) => page.locator('.op-node[data-selected="true"] .op-node__name').allTextContents();
const status = (page: import('playwright-core').Page) => page.locator('.statusbar').textContent();

describe('selecting several nodes', () => {
  it('box-selects with Shift+drag, deletes the box, and one undo brings it all back', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    const a = (await nodeNamed(page, 'a').boundingBox())!;
    const adder = (await nodeNamed(page, 'adder').boundingBox())!;
    const b = (await nodeNamed(page, 'b').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x - 20, a.y - 20);
    await page.mouse.down();
    await page.mouse.move(adder.x + adder.width / 2, adder.y + adder.height / 2, { steps: 5 });
    await page.mouse.move(adder.x + adder.width + 20, b.y + b.height + 20, { steps: 5 });
    await screenshot('canvas-box-select');
    await page.mouse.up();
    await page.keyboard.up('Shift');
    expect((await selected(page)).sort()).toEqual(['a', 'adder', 'b']);
    await page.keyboard.press('Delete');
    await nodeNamed(page, 'adder').waitFor({ state: 'detached' });
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum']);
    await expect(status(page)).resolves.toContain('2 edges');
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'adder').waitFor();
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder']);
    await expect(status(page)).resolves.toContain('4 edges');
    expect(errors).toEqual([]);
  });

  it('adds to the selection with Shift+click; copy and paste keep the links among the copies', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await nodeNamed(page, 'node1').click();
    await nodeNamed(page, 'sum').click({ modifiers: ['Shift'] });
    expect((await selected(page)).sort()).toEqual(['node1', 'sum']);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await nodeNamed(page, 'sum_1').waitFor();
    expect((await selected(page)).sort()).toEqual(['node1_1', 'sum_1']);
    // The link node1 -> sum was copied with them; node2 -> sum was not (node2 was not copied).
    await expect(status(page)).resolves.toContain('5 edges');
    await page.keyboard.press('Control+d');
    await nodeNamed(page, 'sum_2').waitFor();
    await expect(status(page)).resolves.toContain('6 edges');
    await screenshot('canvas-paste-duplicate');
    expect(errors).toEqual([]);
  });

  it('selects every node with Ctrl+A', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+a');
    expect(await selected(page)).toHaveLength(await page.locator('.op-node').count());
    await page.keyboard.press('Control+d');
    await expect(status(page)).resolves.toContain('60 nodes');
    await expect(status(page)).resolves.toContain('64 edges');
    expect(errors).toEqual([]);
  });
});
