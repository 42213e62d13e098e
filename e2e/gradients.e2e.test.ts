/** The backward pass on the canvas: the "Show gradients" toggle. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Show gradients', () => {
  it('draws the read-only backward nodes of the train step, and takes them away again', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=linear-regression');
    const toggle = page.getByRole('button', { name: 'Show gradients' });
    const gradientNodes = page.locator('.op-node--gradient');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const forward = await page.locator('.react-flow__node-op').count();
    await toggle.click();
    await gradientNodes.first().waitFor();
    await page.waitForTimeout(400); // the fit animation
    await screenshot('gradients-on');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await gradientNodes.count()).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__node-op').count()).toBe(forward + (await gradientNodes.count()));
    // Inside the gradients group a node's name drops the `gradients/` prefix; its label keeps the full name.
    expect(await page.locator('.op-node--gradient .op-node__name').allTextContents()).toContain('Fill');
    expect(await gradientNodes.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toContain('OnesLike gradients/Fill');
    await toggle.click();
    await gradientNodes.first().waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('says why when the graph has nothing to differentiate', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'));
    await page.getByRole('button', { name: 'Show gradients' }).click();
    await expect(page.getByRole('note').textContent()).resolves.toBe('Gradients hidden: add a Minimize node on the loss to see its gradients');
    await screenshot('gradients-none');
  });
});
