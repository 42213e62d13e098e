/**
 * MNIST you can poke (issue 17): a briefly trained mnist-softmax shows the
 * confusion matrix of the 10,000 test digits, a clicked cell its digits, a
 * clicked digit every node's value for that one example, and a digit drawn
 * with the mouse gets a prediction.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, openTab, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const centre = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2] as const;
};
const state = (expression: string) => `window.flowboardDebug.store.getState().${expression}`;

describe('MNIST you can poke', () => {
  it(
    'counts the test digits in the confusion matrix, shows a cell’s digits, one digit’s values on every node, and predicts a drawn digit',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=mnist-softmax&debug', { viewport: { width: 1440, height: 900 } });
      await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
      // The lesson trains 15 epochs; 60 steps are enough to see a matrix.
      await page.getByRole('combobox', { name: 'Count' }).selectOption('steps');
      for (const [name, value] of [['Steps', '60'], ['Log every', '20']]) {
        const field = page.getByRole('textbox', { name });
        await field.fill(value);
        await field.press('Enter');
      }
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'finished', TRAIN_TIMEOUT);

      // The matrix of the test split, scored at the end of training: its counts sum to 10,000.
      await openTab(page, 'Confusion');
      const matrix = page.getByRole('table', { name: 'Confusion matrix' });
      await page.waitForFunction(state('run.confusion?.step === 60'), undefined, { polling: 100 });
      await expect.poll(() => matrix.getAttribute('data-step')).toBe('60');
      const shown = await matrix.locator('.confusion__button').allTextContents();
      expect(shown).toHaveLength(100);
      expect(shown.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0)).toBe(10000);
      await expect(matrix.locator('caption').textContent()).resolves.toMatch(/^10,000 test digits at step 60: \d+% right$/);
      await expect(matrix.locator('.confusion__accuracy').count()).resolves.toBe(10);

      // The most common mistake: its cell opens its digits with their probabilities.
      const counts = (await page.evaluate(`Array.from(${state('run.confusion.counts')})`)) as number[];
      let worst = 1;
      counts.forEach((n, i) => (Math.floor(i / 10) !== i % 10 && n > counts[worst] ? (worst = i) : undefined));
      const [t, p] = [Math.floor(worst / 10), worst % 10];
      await matrix.locator(`[data-cell="${t}-${p}"]`).click();
      const digits = page.getByRole('region', { name: `Digits: test ${t}s predicted as ${p}` });
      const first = digits.locator('.cell-digits__digit').first();
      await first.waitFor();
      await expect(digits.locator('.cell-digits__digit').count()).resolves.toBe(Math.min(48, counts[worst]));
      await expect(first.locator('.cell-digits__probability').first().textContent()).resolves.toMatch(new RegExp(`^${p} \\d+(\\.\\d)?%$`));
      await screenshot('poke-confusion-cell');

      // A click on the digit makes it the input: every node's values are that one example's.
      const index = Number(await first.getAttribute('data-digit'));
      await first.click();
      await page.waitForFunction(state(`run.nodeStats?.example?.index === ${index}`), undefined, { polling: 100 });
      await expect(page.getByTestId('picked-digit').textContent()).resolves.toContain(`Test digit #${index} (a ${t}, predicted as ${p})`);
      await expect(page.getByTestId('canvas-step-note').textContent()).resolves.toContain(`Test digit #${index}`);
      const shapes = (await page.evaluate(`(() => { const s = ${state('run.nodeStats')}; return Object.fromEntries(s.ids.map((id, i) => [id, s.shapes[i]])); })()`)) as Record<string, number[]>;
      expect(shapes.n1).toEqual([1, 784]);
      expect(shapes.n6).toEqual([1, 10]);
      // The cost node shows this one digit's loss.
      await expect(nodeNamed(page, 'cost').getByTestId('run-badge').textContent()).resolves.toMatch(/^= \d/);
      await nodeNamed(page, 'hypothesis').click();
      await openTab(page, 'Selected node');
      await page.getByRole('figure', { name: `hypothesis · value for test digit #${index}` }).locator('.chart-card__tensor').waitFor();
      await page.getByRole('figure', { name: `∂loss/∂hypothesis · gradient for test digit #${index}` }).locator('.chart-card__tensor').waitFor();
      // Zoomed in on the loss, where the nodes show their values.
      await page.mouse.move(...(await centre(nodeNamed(page, 'cross_entropy'))));
      await page.mouse.wheel(0, -400);
      await page.waitForFunction(`document.querySelector('.canvas')?.dataset.zoom !== 'far'`, undefined, { polling: 100 });
      await screenshot('poke-picked-digit');

      // A "7" drawn with the mouse: the trained model predicts as the strokes come.
      await openTab(page, 'Draw');
      const pad = page.getByTestId('drawing-pad');
      const box = (await pad.boundingBox())!;
      const at = (x: number, y: number) => [box.x + x * box.width, box.y + y * box.height] as const;
      await page.mouse.move(...at(0.25, 0.2));
      await page.mouse.down();
      await page.mouse.move(...at(0.75, 0.2), { steps: 8 });
      await page.mouse.move(...at(0.45, 0.85), { steps: 10 });
      await page.mouse.up();
      await expect(pad.getAttribute('data-strokes')).resolves.toBe('1');
      const prediction = page.getByTestId('prediction');
      await prediction.waitFor();
      await expect(prediction.locator('li').count()).resolves.toBe(10);
      await expect(prediction.getAttribute('data-predicted')).resolves.toBe('7');
      await screenshot('poke-drawn-digit');
      // Undo takes the stroke back: nothing left to predict.
      await page.getByRole('button', { name: 'Undo stroke' }).click();
      await expect(pad.getAttribute('data-strokes')).resolves.toBe('0');
      await expect(prediction.count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    },
    TRAIN_TIMEOUT + BACKEND_TIMEOUT,
  );
});
