/** Live, shape-aware wiring: the ports a dragged link fits light up, and a refused link says why at the pointer. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { centreOf, edgeLabels, nodeNamed, port } from './canvas.ts';
import { zoomOnto } from './canvasLook.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('connecting ports', () => {
  it('shows why a MatMul link is refused at the pointer while dragging, lights the ports that fit, and refuses it on release', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    // xor-nn opens whole, too small for ports: zoom in where the wiring happens.
    await zoomOnto(page, nodeNamed(page, 'MatMul_1'));
    const before = await edgeLabels(page);
    const from = await centreOf(port(page, 'W2', 'source', 'value'));
    const to = await centreOf(port(page, 'MatMul_1', 'target', 'a'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 40, { steps: 5 });
    // Over empty canvas: the note says what letting go would do; the input that fits is lit, the one that does not is dimmed.
    await expect(page.locator('.connection-hint').textContent()).resolves.toBe('Release on empty canvas to add a node here');
    await expect(port(page, 'MatMul_1', 'target', 'b').getAttribute('data-fits')).resolves.toBe('true');
    await expect(port(page, 'MatMul_1', 'target', 'a').getAttribute('data-fits')).resolves.toBe('false');
    await expect(port(page, 'W2', 'source', 'value').getAttribute('data-fits')).resolves.toBe('false');
    await page.mouse.move(to.x, to.y, { steps: 5 });
    const hint = page.getByRole('alert');
    await expect(hint.textContent()).resolves.toMatch(/^Cannot connect: "MatMul_1": MatMul \[\?,2\] x \[2,1\]|inner dimensions 1 and 2 differ/);
    // The note sits at the pointer: its corner is within a few pixels of it.
    const box = (await hint.boundingBox())!;
    expect(Math.abs(box.x - (to.x + 16)) < 40 || Math.abs(box.x + box.width - (to.x - 16)) < 40).toBe(true);
    expect(Math.abs(box.y - (to.y + 16)) < 40 || Math.abs(box.y + box.height - (to.y - 16)) < 40).toBe(true);
    await screenshot('canvas-connect-refused-at-pointer');
    await page.mouse.up();
    await expect(page.locator('.connection-hint').count()).resolves.toBe(0);
    await expect(page.locator('.statusbar__notice').textContent()).resolves.toMatch(/^Not connected: .*inner dimensions 1 and 2 differ/);
    expect(await edgeLabels(page)).toEqual(before);
    await expect(port(page, 'MatMul_1', 'target', 'b').getAttribute('data-fits')).resolves.toBeNull();
    expect(errors).toEqual([]);
  });

  it('says a link fits while hovering a port that takes it, and makes it on release', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await zoomOnto(page, nodeNamed(page, 'X'));
    const count = (await edgeLabels(page)).length;
    const from = await centreOf(port(page, 'X', 'source', 'value'));
    const to = await centreOf(port(page, 'add', 'target', 'x'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x - 30, to.y + 30, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await expect(page.locator('.connection-hint--ok').textContent()).resolves.toBe('✓ Connects');
    await screenshot('canvas-connect-fits');
    await page.mouse.up();
    // add.x was fed by MatMul; the link replaces that edge, so the count stays.
    await expect(page.locator('.statusbar').textContent()).resolves.toContain(`${count} edges`);
    expect(errors).toEqual([]);
  });
});
