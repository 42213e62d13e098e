/**
 * Breakpoints on the graph (issue 17, part 3): on the vanishing-gradient
 * lesson, a gradient-norm breakpoint set from layer1/W's context menu pauses
 * training where that gradient falls below 1e-6, the node ringed and the
 * status bar saying which condition fired at which step; Train resumes. A
 * watch on the same gradient's norm, added from the menu, is charted in Scalars.
 * Screenshots go to e2e/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('breakpoints', () => {
  it(
    'pauses vanishing-gradient-sigmoid at a gradient-norm breakpoint set from the context menu, and resumes',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=vanishing-gradient-sigmoid&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      for (const [name, value] of [['Steps', '101'], ['Log every', '20']]) {
        const field = page.getByRole('textbox', { name });
        await field.fill(value);
        await field.press('Enter');
      }
      const w = page.locator('.react-flow__node[data-id="n03"]');
      await w.click({ button: 'right' });
      const menu = page.getByRole('menu', { name: 'Breakpoints and watches of layer1/W' });
      await menu.getByRole('menuitem', { name: 'Break when its gradient norm falls below…' }).click();
      await expect(menu.getByRole('textbox', { name: 'Gradient norm below' }).inputValue()).resolves.toBe('1e-6');
      await screenshot('breakpoints-context-menu');
      await menu.getByRole('button', { name: 'Set' }).click();
      await expect(menu.count()).resolves.toBe(0);
      await w.getByTestId('breakpoint-marker').waitFor();
      // The watch list: the same gradient's norm, logged as a scalar while training.
      await w.click({ button: 'right' });
      await menu.getByRole('menuitem', { name: 'Watch its gradient norm' }).click();
      await w.getByTestId('watch-marker').waitFor();
      await expect(w.getByTestId('watch-marker').getAttribute('title')).resolves.toBe('Watched in Scalars:\nwatch/‖∇ layer1/W‖');
      // An undoable edit of the document.
      await expect(page.evaluate('window.flowboardDebug.store.getState().document.debug')).resolves.toEqual({
        breakpoints: [{ id: 'bp1', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } }],
        watches: [{ id: 'w1', node: 'n03', of: 'gradient', stat: 'norm' }],
      });

      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'paused');
      const hit = (await page.evaluate('window.flowboardDebug.store.getState().run.breakpoint')) as { step: number; nodeId: string };
      expect(hit).toMatchObject({ nodeId: 'n03', step: 16 });
      await expect(page.evaluate('window.flowboardDebug.store.getState().run.step')).resolves.toBe(17);
      const status = page.locator('.statusbar__run');
      await expect(status.textContent()).resolves.toMatch(/^Paused at a breakpoint: the norm of the gradient of "layer1\/W" fell below 1e-6 \(9\.\d+e-7\) at step 16$/);
      await w.getByTestId('breakpoint-ring').waitFor();
      // Scrolled to: the ringed node is inside the canvas.
      const box = (await w.boundingBox())!;
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      expect(box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height).toBe(true);
      await page.waitForTimeout(400);
      await screenshot('breakpoints-paused');

      // Resume: from step 17, to the end; the condition still holds, so it does not stop again.
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'finished');
      await expect(page.evaluate('window.flowboardDebug.store.getState().run.step')).resolves.toBe(101);
      const steps = (await page.evaluate(`window.flowboardDebug.store.getState().run.runs.at(-1).scalars.cost.map((p) => p.step)`)) as number[];
      // One run throughout: its logs run on from before the pause.
      expect(steps).toEqual([0, 20, 40, 60, 80, 100]);
      await expect(w.getByTestId('breakpoint-ring').count()).resolves.toBe(0);
      // The watch: one logged scalar per log step, charted beside the cost.
      const watched = (await page.evaluate(`window.flowboardDebug.store.getState().run.runs.at(-1).scalars['watch/‖∇ layer1/W‖'].map((p) => p.value)`)) as number[];
      expect(watched).toHaveLength(6);
      expect(watched[0]).toBeGreaterThan(1e-6);
      expect(watched[5]).toBeLessThan(1e-6);
      await page.getByRole('tab', { name: 'Scalars' }).click();
      const chart = page.getByRole('figure', { name: 'Scalar watch/‖∇ layer1/W‖' });
      await chart.locator('svg path').first().waitFor();
      await chart.scrollIntoViewIfNeeded();
      await screenshot('watch-scalars');

      // Disabled from the menu: the dot turns hollow.
      await w.click({ button: 'right' });
      await menu.getByRole('menuitem', { name: 'Disable' }).click();
      await expect(w.getByTestId('breakpoint-marker').getAttribute('data-enabled')).resolves.toBe('false');
      await screenshot('breakpoints-disabled');
      await page.keyboard.press('Escape');
      await expect(menu.count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );
});
