/**
 * What the run bar, the status bar and the charts say (issue 12): a chart of
 * one logged point draws it and says so, with whole steps on its axis; a new
 * document does not inherit the last run's progress; Train without a
 * Minimize looks disabled; inputs still to wire are warnings, not errors.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { dropOp } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('run texts', () => {
  it(
    'one Step charts one visible point on whole-step ticks and says so',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await waitForRunStatus(page, 'paused');
      await openTab(page, 'Scalars');
      const cost = page.getByRole('figure', { name: 'Scalar cost' });
      await cost.locator('circle.chart__dot').waitFor();
      const dot = (await cost.locator('circle.chart__dot').boundingBox())!;
      const plot = (await cost.locator('.chart__overlay').boundingBox())!;
      // The dot is whole, inside the plot rather than cut by its edge.
      expect(dot.x).toBeGreaterThan(plot.x);
      expect(dot.x + dot.width).toBeLessThan(plot.x + plot.width);
      const ticks = await cost.locator('.chart__axis--x .tick text').allTextContents();
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.every((t) => /^\d+$/.test(t)), ticks.join(' ')).toBe(true);
      await expect(cost.getByTestId('scalar-one-point').textContent()).resolves.toMatch(/^#1 has one logged point \(step 0\): a line needs two/);
      await screenshot('run-texts-one-point');
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );

  it(
    'a new document starts untrained, Train looks disabled, and unwired inputs are warnings',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'training');
      await page.getByRole('button', { name: /^File/ }).click();
      await page.getByRole('menuitem', { name: /^New/ }).click();
      await page.waitForTimeout(1500);
      // The old run's pause and last batch arrive after the switch; they are not this document's.
      await expect(page.getByTestId('run-progress').textContent()).resolves.toBe('not trained yet');

      const train = page.getByRole('button', { name: 'Train', exact: true });
      await expect(train.isDisabled()).resolves.toBe(true);
      const look = await train.evaluate((el) => {
        const probe = document.createElement('div');
        probe.style.background = 'var(--accent)';
        document.body.append(probe);
        const accent = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return { background: getComputedStyle(el).backgroundColor, accent };
      });
      expect(look.background).not.toBe(look.accent);

      await dropOp(page, 'Add', { x: 300, y: 200 });
      const status = page.locator('.statusbar');
      await expect(status.textContent()).resolves.toMatch(/0 errors/);
      const warnings = status.locator('.statusbar__count--warning');
      await expect(warnings.textContent()).resolves.toMatch(/^[1-9]\d* warnings?$/);
      await expect(warnings.getAttribute('title')).resolves.toBe('2 inputs still to wire');
      await screenshot('run-texts-new-document');
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );
});
