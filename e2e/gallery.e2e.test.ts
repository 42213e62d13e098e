/** The sample gallery and lesson links: open a sample from the gallery, by `?sample=`, and from the File menu. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { readFileSync } from 'node:fs';
import { analyze } from '../core/graph/analyze.ts';
import { graphCost } from '../core/graph/cost.ts';
import { loadDocumentText } from '../core/graph/load.ts';
import { totalsText } from '../renderer/canvas/costText.ts';
import { nodeNamed, nodeNames } from './canvas.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the sample gallery', () => {
  it('opens from the toolbar, searches, and opens a sample, linking it in the URL', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    const gallery = page.getByRole('dialog', { name: 'Samples' });
    await gallery.getByRole('button', { name: 'XOR with a neural network' }).waitFor();
    // Every lesson has a card with a picture of its graph, in course order.
    const cards = gallery.locator('.sample-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(18);
    await expect(cards.first().locator('.sample-card__meta').textContent()).resolves.toBe('Lesson 1 · hello');
    expect(await cards.first().locator('.graph-picture__node').count()).toBe(6);
    await screenshot('gallery');

    await gallery.getByRole('searchbox', { name: 'Search samples' }).fill('xor neural');
    await expect(cards.count()).resolves.toBeLessThan(6);
    await screenshot('gallery-search');
    await gallery.getByRole('button', { name: 'XOR with a neural network' }).click();
    await nodeNamed(page, 'hypothesis').waitFor();
    await gallery.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('sample')).toBe('xor-nn');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('XOR with a neural network');
    await expect(page.locator('.doc-title__file').textContent()).resolves.toBe('sample xor-nn');
    await expect(page.title()).resolves.toBe('xor-nn - Flowboard');

    // The linked URL opens the same lesson.
    await page.reload();
    await nodeNamed(page, 'hypothesis').waitFor();
    expect(errors).toEqual([]);
  });

  it('says so when nothing matches, and closes with Escape', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'));
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    const gallery = page.getByRole('dialog', { name: 'Samples' });
    await gallery.getByRole('searchbox', { name: 'Search samples' }).fill('quantum');
    await expect(gallery.getByRole('status').textContent()).resolves.toBe('No sample matches “quantum”.');
    await screenshot('gallery-no-match');
    // As in any search field, the first Escape clears the search; the next closes the gallery.
    await page.keyboard.press('Escape');
    await expect(gallery.getByRole('searchbox').inputValue()).resolves.toBe('');
    await page.keyboard.press('Escape');
    await gallery.waitFor({ state: 'detached' });
    expect(await nodeNames(page)).toContain('adder');
  });

  it('opens from File > Open sample…, in the dark theme too', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Open sample…' }).click();
    const gallery = page.getByRole('dialog', { name: 'Samples' });
    await gallery.getByRole('button', { name: 'Linear regression', exact: true }).waitFor();
    await screenshot('dark-gallery');
    await gallery.getByRole('button', { name: 'Linear regression', exact: true }).click();
    await nodeNamed(page, 'W').waitFor();
    expect(new URL(page.url()).searchParams.get('sample')).toBe('linear-regression');
    expect(errors).toEqual([]);
  });

  it('stays legible at 200% zoom: toolbar, File menu and gallery fit the window', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Save as…' }).waitFor();
    await screenshot('file-menu-zoom-200');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Samples', exact: true }).click();
    const gallery = page.getByRole('dialog', { name: 'Samples' });
    await gallery.locator('.sample-card').first().waitFor();
    await screenshot('gallery-zoom-200');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const box = await gallery.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 640).toBe(true);
  });

  it('opens the sample named in ?sample= directly', async () => {
    const { page } = await openApp(browser, inject('baseUrl'), '?sample=multi-variable');
    await expect(page.locator('.doc-title__file').textContent()).resolves.toBe('sample multi-variable');
    expect(new URL(page.url()).searchParams.get('sample')).toBe('multi-variable');
  });

  it('shows each node’s parameters and multiply-adds on hover, and the graph’s totals in the status bar', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-cnn');
    const doc = loadDocumentText(readFileSync(new URL('../samples/mnist-cnn.flow.json', import.meta.url), 'utf8')).document!;
    const cost = graphCost(analyze(doc));
    // conv1's 3x3x1x32 filter, and its convolution: 28x28x32 outputs, 9 multiply-adds each.
    await expect(nodeNamed(page, 'conv1/W').locator('.op-node').getAttribute('title')).resolves.toBe('288 parameters · 0 multiply-adds per example');
    await expect(nodeNamed(page, 'conv1/Conv2D').locator('.op-node').getAttribute('title')).resolves.toBe(`0 parameters · ${(28 * 28 * 32 * 9).toLocaleString('en-US')} multiply-adds per example`);
    await expect(page.locator('.statusbar__cost').textContent()).resolves.toBe(totalsText(cost));
    expect(cost.parameters).toBeGreaterThan(0);
    await screenshot('cost-statusbar');
    expect(errors).toEqual([]);
  });

  it('asks before a sample replaces unsaved changes: Cancel keeps them, Don’t save lets them go', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'));
    await nodeNamed(page, 'sum').click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('total');
    await name.press('Enter');
    await nodeNamed(page, 'total').waitFor();
    await expect(page.locator('.doc-title__dirty').textContent()).resolves.toBe('● edited');
    await expect(page.title()).resolves.toBe('*hello - Flowboard');

    const openXor = async () => {
      await page.getByRole('button', { name: 'Samples', exact: true }).click();
      await page.getByRole('dialog', { name: 'Samples' }).getByRole('button', { name: 'XOR with a neural network' }).click();
    };
    await openXor();
    const prompt = page.getByRole('dialog', { name: 'Save changes to “hello”?' });
    await prompt.waitFor();
    await screenshot('unsaved-changes');
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await nodeNames(page)).toContain('total');

    await openXor();
    await prompt.getByRole('button', { name: 'Don\'t save' }).click();
    await nodeNamed(page, 'hypothesis').waitFor();
    expect(await page.locator('.doc-title__dirty').count()).toBe(0);
  });
});
