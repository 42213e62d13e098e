/**
 * The vanishing-gradient lesson made visible (issue 12): after a short run
 * of ten sigmoid layers the histograms share one x scale for the gradients
 * and the gradient norm by layer fans out over orders of magnitude; the same
 * stack with ReLU keeps its layers together. The canvas's "vanishing" flags
 * are drawn over the nodes. Screenshots go to e2e/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Trains the open sample for 301 steps, logging every 20. */
async function trainShort(page: Page): Promise<void> {
  await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
  for (const [name, value] of [['Steps', '301'], ['Log every', '20']]) {
    const field = page.getByRole('textbox', { name });
    await field.fill(value);
    await field.press('Enter');
  }
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForRunStatus(page, 'finished');
}

/** Per layer, its gradient norm at step 0, from the gradient histograms in the store. */
function layerNormsAtStart(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const h = window.flowboardDebug.store.getState().run.histograms;
    const out = {};
    for (const [tag, entries] of Object.entries(h)) {
      if (!tag.endsWith(' (gradient)')) continue;
      const layer = tag.slice(0, tag.lastIndexOf('/'));
      const first = entries.find((e) => e.step === 0);
      out[layer] = Math.hypot(out[layer] ?? 0, first.norm);
    }
    return out;
  })()`) as Promise<Record<string, number>>;
}

/** The tick labels of a histogram card's x axis. */
function xTicks(page: Page, tag: string): Promise<string[]> {
  return page.getByRole('figure', { name: `Histogram ${tag}` }).locator('.chart__axis').first().locator('.tick text').allTextContents();
}

describe('the vanishing-gradient lesson', () => {
  it(
    'shows ten sigmoid layers’ gradients dying towards the input on one shared scale and in the norm chart',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=vanishing-gradient-sigmoid&debug', { viewport: { width: 1440, height: 900 } });
      await trainShort(page);
      await openTab(page, 'Histograms');
      const chart = page.getByRole('figure', { name: 'Gradient norm by layer' });
      await chart.waitFor();
      await expect(chart.getByRole('list', { name: 'Layers' }).locator('li').allTextContents()).resolves.toEqual([
        'layer1',
        'layer2',
        'layer3',
        'layer4',
        'layer5',
        'layer6',
        'layer7',
        'layer8',
        'layer9',
        'last',
      ]);
      // One line per layer, drawn on a log axis, over whole steps.
      expect(await chart.locator('.chart__line--raw').count()).toBe(10);
      const steps = await chart.locator('.chart__axis--x .tick text').allTextContents();
      expect(steps.length).toBeGreaterThan(1);
      expect(steps.every((t) => /^\d+$/.test(t)), steps.join(' ')).toBe(true);
      const norms = await layerNormsAtStart(page);
      // Before training the first layer's gradient is over a thousand times smaller than the last's, shrinking layer by layer.
      expect(norms.last / norms.layer1).toBeGreaterThan(1e3);
      expect(norms.layer9).toBeGreaterThan(norms.layer5);
      expect(norms.layer5).toBeGreaterThan(norms.layer1);

      // The gradients share one x scale by default: layer1's and the last layer's axes read the same.
      const shared = page.getByRole('checkbox', { name: 'gradients' });
      await expect(shared.isChecked()).resolves.toBe(true);
      expect(await xTicks(page, 'layer1/W (gradient)')).toEqual(await xTicks(page, 'last/W (gradient)'));
      // Taller dock for the picture: the norm chart and the first layers' histograms together.
      const handle = (await page.getByRole('separator', { name: 'Resize the training panels' }).boundingBox())!;
      await page.mouse.move(handle.x + 300, handle.y + 4);
      await page.mouse.down();
      await page.mouse.move(handle.x + 300, handle.y - 200, { steps: 8 });
      await page.mouse.up();
      await page.getByRole('combobox', { name: 'Show' }).selectOption('gradients');
      await page.waitForTimeout(600);
      await expect(page.getByTestId('gradient-norm-spread').textContent()).resolves.toMatch(/^Step 0: layer1 \S+ to last \S+, about 10\^5 apart\./);
      await screenshot('vanishing-sigmoid-histograms');
      await page.locator('.dock__panel').evaluate((el) => (el.scrollTop = 560));
      await page.waitForTimeout(300);
      await screenshot('vanishing-sigmoid-histograms-shared-scale');
      await shared.uncheck();
      await page.waitForTimeout(300);
      expect(await xTicks(page, 'layer1/W (gradient)')).not.toEqual(await xTicks(page, 'last/W (gradient)'));
      await shared.check();

      // On the canvas the vanished gradients are flagged, and no node covers a flag.
      await page.getByRole('button', { name: 'Fold the panels' }).click();
      await page.getByRole('button', { name: 'Show gradients' }).click();
      await page.locator('.edge-live--vanishing').first().waitFor();
      const covered = await page.locator('.edge-live--vanishing').evaluateAll((els) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect();
          const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          if (x < pane.left || x > pane.right || y < pane.top || y > pane.bottom) return false;
          (el as HTMLElement).style.pointerEvents = 'auto';
          const hit = document.elementFromPoint(x, y);
          (el as HTMLElement).style.pointerEvents = '';
          // The minimap and the zoom buttons float over everything; only a node must never hide a flag.
          return !el.contains(hit) && hit?.closest('.react-flow__node') != null;
        }).length,
      );
      expect(covered).toBe(0);
      await page.waitForTimeout(300);
      await screenshot('vanishing-sigmoid-canvas-flags');
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );

  it(
    'keeps the ReLU stack’s layer gradients together',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=vanishing-gradient-relu&debug', { viewport: { width: 1440, height: 900 } });
      await trainShort(page);
      await openTab(page, 'Histograms');
      await page.getByRole('figure', { name: 'Gradient norm by layer' }).waitFor();
      const norms = Object.values(await layerNormsAtStart(page));
      expect(norms).toHaveLength(10);
      expect(Math.max(...norms) / Math.min(...norms)).toBeLessThan(1e2);
      await page.waitForTimeout(400);
      await screenshot('vanishing-relu-histograms');
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );
});
