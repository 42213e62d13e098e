/** Quick-add: a search at the pointer, opened by double-click, by Space, or by letting a link go on empty canvas. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { centreOf, nodeNamed, nodeNames, port } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('quick-add', () => {
  it('opens at a double-click on empty canvas and adds the op picked with Enter there', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const at = { x: pane.x + 560, y: pane.y + 300 };
    await page.mouse.dblclick(at.x, at.y);
    const box = page.getByRole('dialog', { name: 'Add a node' });
    await box.waitFor();
    const where = (await box.boundingBox())!;
    expect(Math.abs(where.x - at.x)).toBeLessThan(2);
    expect(Math.abs(where.y - at.y)).toBeLessThan(2);
    await page.keyboard.type('relu');
    await expect(box.getByRole('option').first().textContent()).resolves.toContain('Relu');
    await screenshot('canvas-quickadd-dblclick');
    await page.keyboard.press('Enter');
    await nodeNamed(page, 'Relu').waitFor();
    await expect(box.count()).resolves.toBe(0);
    const node = (await nodeNamed(page, 'Relu').boundingBox())!;
    // The node's header lands at the pointer, as a palette drop does.
    expect(node.x < at.x && at.x < node.x + node.width && node.y < at.y && at.y < node.y + 40).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens with Space at the pointer; arrows move the highlight, Esc closes without adding', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + 500, pane.y + 300);
    await page.keyboard.press('Space');
    const box = page.getByRole('dialog', { name: 'Add a node' });
    await box.waitFor();
    await page.keyboard.type('sig');
    const selected = box.locator('[role="option"][aria-selected="true"]');
    await expect(selected.textContent()).resolves.toContain('Sigmoid');
    await page.keyboard.press('ArrowDown');
    await expect(selected.textContent()).resolves.toContain('SigmoidCrossEntropyWithLogits');
    await page.keyboard.press('ArrowUp');
    await screenshot('canvas-quickadd-space');
    await page.keyboard.press('Escape');
    await expect(box.count()).resolves.toBe(0);
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder']);
    await page.keyboard.press('Space');
    await box.waitFor();
    await page.keyboard.type('sig');
    await page.keyboard.press('Enter');
    await nodeNamed(page, 'Sigmoid').waitFor();
    expect(errors).toEqual([]);
  });

  it('wires the new node to a link let go on empty canvas', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    const from = await centreOf(port(page, 'sum', 'source', 'z'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 60, { steps: 6 });
    await page.mouse.move(from.x + 80, from.y + 100, { steps: 3 });
    await page.mouse.up();
    const box = page.getByRole('dialog', { name: 'Add a node wired to the link' });
    await box.waitFor();
    await page.keyboard.type('square');
    await screenshot('canvas-quickadd-from-link');
    await page.keyboard.press('Enter');
    await nodeNamed(page, 'Square').waitFor();
    await expect(page.locator('.statusbar').textContent()).resolves.toContain('5 edges');
    // The link carries sum's scalar, so the new node's output is a scalar too.
    await expect(nodeNamed(page, 'Square').locator('.op-node__shape').textContent()).resolves.toBe('[]');
    await page.waitForTimeout(100);
    await screenshot('canvas-quickadd-wired');
    expect(errors).toEqual([]);
  });
});
