/** Building the XOR net of lesson 6 (2-2-1, sigmoid) from an empty canvas with the mouse: palette drags, port wiring, names and shapes. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { clearCanvas, dragBetween, dropOp, edgeLabels, nodeNamed, port, setAttrText } from './canvas.ts';
import { XOR_FORWARD_WIRES, XOR_SHAPES } from './xorNet.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Columns and rows of the canvas grid the nodes are dropped on (pane pixels, at about 58% zoom). */
const COL = [70, 240, 410, 580];
const ROW = [50, 160, 270, 380, 490];

describe('building XOR from an empty canvas', () => {
  it('drags, wires and names a 2-2-1 sigmoid net with its loss and Minimize, and it validates without errors', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await clearCanvas(page);
    await expect(page.locator('.statusbar').textContent()).resolves.toContain('0 nodes');
    // Room for fifteen nodes: zoom out three steps.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
    await page.waitForTimeout(400);

    const drops: [string, number, number, string?][] = [
      ['Placeholder', 0, 0, 'X'],
      ['Variable', 0, 1, 'W1'],
      ['Variable', 0, 2, 'b1'],
      ['MatMul', 1, 0],
      ['Add', 1, 1],
      ['Sigmoid', 1, 2, 'layer1'],
      ['Variable', 2, 0, 'W2'],
      ['Variable', 2, 1, 'b2'],
      ['MatMul', 2, 2],
      ['Add', 3, 0],
      ['Sigmoid', 3, 1, 'hypothesis'],
      ['Placeholder', 0, 4, 'Y'],
      ['SigmoidCrossEntropyWithLogits', 1, 4],
      ['ReduceMean', 2, 4, 'cost'],
      ['Minimize', 3, 4, 'train'],
    ];
    for (const [op, c, r, name] of drops) {
      await dropOp(page, op, { x: COL[c], y: ROW[r] });
      // Each new node is selected, so the properties panel renames it.
      if (name) {
        const field = page.getByRole('textbox', { name: 'Name' });
        await field.fill(name);
        await field.press('Enter');
        await nodeNamed(page, name).waitFor();
      }
    }
    await page.keyboard.press('Escape');
    for (const [node, shape] of XOR_SHAPES) await setAttrText(page, node, 'shape', shape);

    const wires: [string, string, string, string][] = [
      ...XOR_FORWARD_WIRES,
      ['Y', 'value', 'SigmoidCrossEntropyWithLogits', 'labels'],
      ['Add_1', 'z', 'SigmoidCrossEntropyWithLogits', 'logits'],
      ['SigmoidCrossEntropyWithLogits', 'loss', 'cost', 'x'],
      ['cost', 'y', 'train', 'loss'],
    ];
    for (const [from, output, to, input] of wires) {
      const before = (await edgeLabels(page)).length;
      await dragBetween(page, port(page, from, 'source', output), port(page, to, 'target', input));
      await page.locator('.react-flow__edge').nth(before).waitFor();
    }
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    await screenshot('xor-built');

    const status = await page.locator('.statusbar').textContent();
    expect(status).toContain('15 nodes');
    expect(status).toContain('14 edges');
    expect(status).toContain('0 errors');
    await expect(nodeNamed(page, 'hypothesis').locator('.op-node__shape').textContent()).resolves.toBe('[?,1]');
    await expect(nodeNamed(page, 'layer1').locator('.op-node__shape').textContent()).resolves.toBe('[?,2]');
    expect(await page.locator('.op-node[data-state="error"]').count()).toBe(0);
    expect(await page.locator('.op-node[data-state="incomplete"]').count()).toBe(0);

    // The net is trainable: autodiff builds its backward pass.
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    expect(await page.getByRole('note').count()).toBe(0);
    await page.waitForTimeout(300);
    await screenshot('xor-built-gradients');
    expect(errors).toEqual([]);
  });
});
