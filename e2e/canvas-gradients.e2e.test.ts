/** The backward pass on the canvas: its own group beside the forward graph, collapsible, read-only, explained on hover, following edits. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { setAttrText } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the gradients group', () => {
  it('shows the backward pass read-only, explains a node on hover, collapses into one box and follows edits', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    // A wider hidden layer first, so the edit can be undone while the gradients are shown.
    await setAttrText(page, 'W1', 'shape', '[2, 3]');
    await setAttrText(page, 'b1', 'shape', '[3]');
    await setAttrText(page, 'W2', 'shape', '[3, 1]');
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    const toggle = page.getByRole('button', { name: 'Show gradients' });
    await toggle.click();
    const gradient = page.locator('.op-node--gradient');
    await gradient.first().waitFor();
    await page.waitForTimeout(400);
    const count = await gradient.count();
    const frame = page.locator('.scope-frame[data-gradients]');
    await expect(frame.locator('.scope__count').textContent()).resolves.toBe(`${count} nodes`);

    // Hover: a note says which forward node and input it differentiates, and that forward node lights up.
    const node = page.locator('.react-flow__node', { has: page.locator('.op-node--gradient[aria-label="Neg gradients/cost_grad/Neg"]') });
    await node.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip.textContent()).resolves.toBe('Gradient through input "x" of "cost"');
    await expect(page.locator('.op-node[data-origin="true"] .op-node__name').textContent()).resolves.toBe('cost');
    await screenshot('canvas-gradients-hover');

    // Read-only: a click selects nothing, Delete removes nothing.
    await node.click();
    expect(await page.locator('.op-node[data-selected="true"]').count()).toBe(0);
    await page.keyboard.press('Delete');
    expect(await gradient.count()).toBe(count);

    // Edits of the forward graph redraw the backward pass: undo the three shape changes.
    const wide = page.locator('.op-node--gradient .op-node__shape', { hasText: '[2,3]' });
    expect(await wide.count()).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await wide.first().waitFor({ state: 'detached' });
    expect(await gradient.count()).toBe(count);

    await page.getByRole('button', { name: 'Collapse the gradients' }).click();
    const box = page.locator('.scope-box[data-gradients]');
    await box.waitFor();
    expect(await gradient.count()).toBe(0);
    await expect(box.locator('.scope__count').textContent()).resolves.toBe(`${count} nodes`);
    await page.waitForTimeout(100);
    await screenshot('canvas-gradients-collapsed');
    await page.getByRole('button', { name: 'Expand the gradients' }).click();
    await gradient.first().waitFor();
    await toggle.click();
    await gradient.first().waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
