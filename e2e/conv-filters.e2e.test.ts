/**
 * The selected node on a CNN (issue 12): a click on a conv filter shows it
 * enlarged with its values, and the reshaped input says why it has no
 * gradient (the loss does depend on it). Trains one step of mnist-cnn, so it
 * reads MNIST first. With an image summary of X_img added in the Session
 * panel, the Images tab draws the batch's first digits (issue 16), under the
 * label and as many as the row was edited to keep, and File > Export
 * TensorBoard logs writes them as TF1's image summaries.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeEvent, readRecords } from '../test/tfProto.ts';
import { launchChromium, openApp, SCREENSHOTS } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('conv filters in the Selected node panel', () => {
  it(
    'enlarges a clicked filter with its values, explains why X_img has no gradient, and draws X_img in Images',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-cnn&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      // Only the reshaped input is an image ([?,28,28,1]); X [?,784] is not offered.
      await page.getByRole('tab', { name: 'Session' }).click();
      const add = page.getByLabel('Session', { exact: true }).getByRole('combobox', { name: 'Add an image summary' });
      await expect(add.locator('option').allTextContents()).resolves.toEqual(['+ Image summary…', 'X_img']);
      await add.selectOption({ label: 'X_img' });
      await relabelImageSummary(page, screenshot);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await waitForRunStatus(page, 'paused');
      await nodeNamed(page, 'conv1/W').click();
      await openTab(page, 'Selected node');
      // After a Step the panel shows the filters before and after the update and the change; the filters after it.
      const value = page.getByRole('figure', { name: /^conv1\/W · after the update, value at step 1$/ });
      const grid = value.locator('.tensor-view__canvas--pickable');
      await grid.waitFor();
      await expect(value.getByTestId('enlarged-image').isVisible()).resolves.toBe(false);
      // The third filter of the first row of tiles.
      const box = (await grid.boundingBox())!;
      const tile = await page.evaluate(`window.flowboardDebug.store.getState().run.watched.value.shape`);
      expect(tile).toEqual([3, 3, 1, 32]);
      await grid.click({ position: { x: 2 * (24 + 6) + 12, y: 12 } });
      const enlarged = value.getByTestId('enlarged-image');
      await enlarged.waitFor();
      await expect(value.locator('.tensor-view__detail-caption').textContent()).resolves.toMatch(/^filter 3: input channel 0 → output channel 2, 3x3: red negative, blue positive, up to ±/);
      const big = (await enlarged.boundingBox())!;
      expect(big.width).toBeGreaterThanOrEqual(3 * 48);
      // Scrolled into view: the whole enlarged filter inside the panel, though it opened below the fold.
      await page.waitForTimeout(300);
      const shown = (await enlarged.boundingBox())!;
      const panel = (await page.locator('.dock__panel').boundingBox())!;
      expect(shown.y).toBeGreaterThanOrEqual(panel.y);
      expect(shown.y + shown.height).toBeLessThanOrEqual(panel.y + panel.height + 1);
      expect(box.width).toBeGreaterThan(0);
      await screenshot('conv-filter-enlarged');
      // Clicking it again closes it.
      await grid.click({ position: { x: 2 * (24 + 6) + 12, y: 12 } });
      await expect(enlarged.isVisible()).resolves.toBe(false);

      await nodeNamed(page, 'X_img').click();
      await expect(page.getByRole('figure', { name: '∂loss/∂X_img · gradient' }).textContent()).resolves.toMatch(/The loss depends on X_img, but nothing before it is trained/);

      // Images: the first 2 digits of the batch (max outputs, set above), tagged digits, 28x28 grayscale zoomed 4x, at the steps taken.
      await openTab(page, 'Images');
      const card = page.getByRole('figure', { name: 'Images digits' });
      await card.getByRole('img', { name: 'digits image 2 at step 0' }).waitFor();
      await expect(card.locator('canvas').count()).resolves.toBe(2);
      const digit = (await card.locator('canvas').first().boundingBox())!;
      expect(Math.round(digit.width)).toBe(112);
      // A digit has ink: some pixels of the first image are white, most black.
      const ink = await card.locator('canvas').first().evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, 28, 28).data;
        let white = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] > 128) white++;
        return white;
      });
      expect(ink).toBeGreaterThan(40);
      expect(ink).toBeLessThan(400);
      await expect(card.getByTestId('image-step').textContent()).resolves.toBe('step 0');
      await screenshot('images-x-img');

      // File > Export TensorBoard logs: the graph first, then the two digits as PNGs under TF1's tags for max_outputs 2.
      await page.getByRole('button', { name: 'File' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export TensorBoard logs' }).click()]);
      const events = readRecords(new Uint8Array(await readFile((await download.path())!))).map(decodeEvent);
      expect(events[1].what).toBe('graph_def');
      const logged = events.flatMap((e) => (e.summary?.value ?? []).filter((v) => v.image).map((v) => [e.step, v.tag, v.image!.width, v.image!.height, v.image!.colorspace]));
      expect(logged).toEqual([
        [0, 'digits/image/0', 28, 28, 1],
        [0, 'digits/image/1', 28, 28, 1],
      ]);
      expect(errors).toEqual([]);
    },
    BACKEND_TIMEOUT + TRAIN_TIMEOUT,
  );
});

/** The image summaries as the document holds them. */
function images(page: Page): Promise<unknown> {
  return page.evaluate(`window.flowboardDebug.store.getState().document.session.images.map(({ label, maxOutputs }) => ({ label, maxOutputs }))`);
}

/** Edits X_img's row: a label that is no tag is refused and Escape restores the field; then digits, first 2, undone and redone. */
async function relabelImageSummary(page: Page, screenshot: (name: string) => Promise<void>) {
  const row = page.getByRole('listitem').filter({ has: page.getByLabel('Image label of X_img') });
  const label = row.getByLabel('Image label of X_img');
  const kept = row.getByRole('spinbutton', { name: 'Images kept of X_img' });
  await expect(label.getAttribute('placeholder')).resolves.toBe('X_img');
  await expect(kept.inputValue()).resolves.toBe('3');
  await label.fill('my digits');
  await label.press('Enter');
  await expect(row.getByRole('alert').textContent()).resolves.toMatch(/^the image summary of "X_img" cannot be labelled "my digits": .*try "my_digits"\. Kept the label "X_img" \(the node's name\)\.$/);
  await expect(label.getAttribute('aria-invalid')).resolves.toBe('true');
  await row.scrollIntoViewIfNeeded();
  await screenshot('session-image-refused');
  await label.press('Escape');
  await expect(label.inputValue()).resolves.toBe('');
  await expect(row.getByRole('alert').count()).resolves.toBe(0);
  await label.fill('digits');
  await label.press('Enter');
  await expect(images(page)).resolves.toEqual([{ label: 'digits', maxOutputs: 3 }]);
  // 0 is refused; leaving the field puts 3 back.
  await kept.fill('0');
  await kept.press('Enter');
  await expect(row.getByRole('alert').textContent()).resolves.toMatch(/cannot keep 0 images: max outputs is a whole number from 1 to 64, not 0\. Kept 3 images\.$/);
  await label.focus();
  await expect(kept.inputValue()).resolves.toBe('3');
  await kept.fill('2');
  await kept.press('Enter');
  await expect(images(page)).resolves.toEqual([{ label: 'digits', maxOutputs: 2 }]);
  await page.getByRole('heading', { name: 'Image summaries' }).click();
  await page.keyboard.press('Control+z');
  await expect(kept.inputValue()).resolves.toBe('3');
  await expect(images(page)).resolves.toEqual([{ label: 'digits', maxOutputs: 3 }]);
  await page.keyboard.press('Control+Shift+z');
  await expect(kept.inputValue()).resolves.toBe('2');
  await expect(label.inputValue()).resolves.toBe('digits');
  await row.scrollIntoViewIfNeeded();
  await screenshot('session-image-row');
  // The panel alone, to see the row beside the logged values' rows.
  await page.getByRole('tabpanel', { name: 'Session' }).screenshot({ path: new URL('session-image-row-panel.png', SCREENSHOTS).pathname });
}
