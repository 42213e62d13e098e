/**
 * The famous-CNN templates (issue 16): each opens from the gallery with its
 * lesson, whole and legible (nodes that can be read at the first zoom), and
 * the status bar's parameter count is the net's, with no error or warning;
 * AlexNet's conv1 filter says 34,848 parameters on hover (34,944 with its
 * bias), and AlphaGo's padded board is [?,23,23,48].
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { farLabels, inside, opNodeBoxes, overlappingLabels, paneBox } from './canvasLook.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const TEMPLATES = [
  { title: 'LeNet-5', name: 'lenet-5', node: 'C1/Conv2D', parameters: '61,706' },
  { title: 'AlexNet', name: 'alexnet', node: 'conv1/Conv2D', parameters: '62,378,344' },
  { title: 'GoogLeNet: an inception module', name: 'inception-mnist', node: 'concat', parameters: '22,154' },
  { title: 'ResNet: skip connections', name: 'resnet-mnist', node: 'block1/skip', parameters: '17,210' },
  { title: "Kim's CNN for sentences", name: 'kim-cnn', node: 'embedding/lookup', parameters: '2,394' },
  { title: "AlphaGo's policy network", name: 'alphago-policy', node: 'conv1/pad', parameters: '563,113' },
];

describe('famous CNNs in the gallery', () => {
  it('opens each template from the gallery with its lesson, readable, and the net’s parameter count in the status bar', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '', { viewport: { width: 1440, height: 900 } });
    for (const t of TEMPLATES) {
      await page.getByRole('button', { name: 'Samples', exact: true }).click();
      const gallery = page.getByRole('dialog', { name: 'Samples' });
      await gallery.getByRole('searchbox', { name: 'Search samples' }).fill('famous cnns');
      if (t === TEMPLATES[0]) await screenshot('famous-cnns-gallery');
      await gallery.getByRole('button', { name: t.title, exact: true }).click();
      await nodeNamed(page, t.node).waitFor();
      expect(new URL(page.url()).searchParams.get('sample')).toBe(t.name);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(t.title);
      expect(await page.locator('.statusbar__count--error, .statusbar__count--warning').count()).toBe(0);
      if (t.name === 'alphago-policy') await expect(nodeNamed(page, 'conv1/pad').textContent()).resolves.toContain('[?,23,23,48]');
      if (t.name === 'alexnet') await expect(nodeNamed(page, 'conv1/W').locator('.op-node').getAttribute('title')).resolves.toMatch(/^34,848 parameters/);
      await expect(page.locator('.statusbar__cost').textContent()).resolves.toMatch(new RegExp(`^${t.parameters} parameters`));
      // The whole net in view, every node's label legible.
      const pane = await paneBox(page);
      expect((await opNodeBoxes(page)).every((b) => inside(b, pane))).toBe(true);
      const labels = await farLabels(page);
      expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(9);
      expect(overlappingLabels(labels)).toEqual([]);
      await screenshot(`famous-cnns-${t.name}`);
    }
    expect(errors).toEqual([]);
  });
});
