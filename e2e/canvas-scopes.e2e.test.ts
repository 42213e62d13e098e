/** Name scopes as collapsible groups (TensorBoard style): conv1/W, conv1/Conv2D ... form the frame `conv1`, which collapses to one box. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('name scopes', () => {
  it('frames each scope, collapses one into a box with its count and re-routed edges, and expands it back, outside the undo history', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-cnn');
    const frame = page.locator('.scope-frame', { has: page.locator('.scope__label', { hasText: /^conv1$/ }) });
    await frame.waitFor();
    await expect(frame.locator('.scope__count').textContent()).resolves.toBe('4 nodes');
    await screenshot('canvas-scopes-open');
    const edges = await page.locator('.react-flow__edge').count();
    await page.getByRole('button', { name: 'Collapse scope conv1' }).click();
    const box = page.locator('.scope-box', { has: page.locator('.scope__label', { hasText: /^conv1$/ }) });
    await box.waitFor();
    await expect(box.locator('.scope__count').textContent()).resolves.toBe('4 nodes');
    await expect(nodeNamed(page, 'conv1/Conv2D').count()).resolves.toBe(0);
    // Links into and out of the scope now end on the box; the three inside it are gone.
    expect(await page.locator('.react-flow__edge').count()).toBe(edges - 3);
    const boxId = await box.locator('xpath=..').getAttribute('data-id');
    expect(await page.locator(`.react-flow__edge[aria-label*="${boxId}"]`).count()).toBe(2);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await page.waitForTimeout(100);
    await screenshot('canvas-scopes-collapsed');
    await page.getByRole('button', { name: 'Expand scope conv1' }).click();
    await nodeNamed(page, 'conv1/Conv2D').waitFor();
    expect(await page.locator('.react-flow__edge').count()).toBe(edges);
    expect(errors).toEqual([]);
  });
});
