/**
 * The journey of issue 12: from File > New, build the XOR net of lesson 6
 * with the palette and quick-add, bind the XOR table in the Session panel,
 * log its accuracy, press Train, and see accuracy 1 on the accuracy node and
 * in Scalars.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { dragBetween, dropOp, edgeLabels, fileMenu, nameSelected, nodeNamed, port, quickAddFrom, setAttrText } from './canvas.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, loggedValues, openTab, waitForRunStatus } from './trainPage.ts';
import { XOR_FORWARD_WIRES, XOR_SHAPES } from './xorNet.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Columns and rows of the canvas grid the nodes are dropped on (pane pixels, at about 58% zoom). */
const COL = [60, 225, 390, 555, 720];
const ROW = [40, 140, 240, 340, 440, 540];

async function wire(page: Page, from: string, output: string, to: string, input: string): Promise<void> {
  const before = (await edgeLabels(page)).length;
  await dragBetween(page, port(page, from, 'source', output), port(page, to, 'target', input));
  await page.locator('.react-flow__edge').nth(before).waitFor();
}

/** The 2-2-1 sigmoid net with its cost and Minimize, from the palette (as e2e/xor-build does), then the accuracy by quick-add. */
async function buildXor(page: Page): Promise<void> {
  const drops: [string, number, number, string][] = [
    ['Placeholder', 0, 0, 'X'],
    ['Variable', 0, 1, 'W1'],
    ['Variable', 0, 2, 'b1'],
    ['MatMul', 1, 0, 'MatMul'],
    ['Add', 1, 1, 'Add'],
    ['Sigmoid', 1, 2, 'layer1'],
    ['Variable', 2, 0, 'W2'],
    ['Variable', 2, 1, 'b2'],
    ['MatMul', 2, 2, 'MatMul_1'],
    ['Add', 3, 0, 'Add_1'],
    ['Sigmoid', 3, 1, 'hypothesis'],
    ['Placeholder', 0, 4, 'Y'],
    ['SigmoidCrossEntropyWithLogits', 1, 4, 'xent'],
    ['ReduceMean', 2, 4, 'cost'],
    ['Minimize', 3, 4, 'train'],
    ['Constant', 3, 2, 'half'],
  ];
  for (const [op, c, r, name] of drops) {
    await dropOp(page, op, { x: COL[c], y: ROW[r] });
    await nameSelected(page, name);
  }
  await page.keyboard.press('Escape');
  for (const [node, shape] of XOR_SHAPES) await setAttrText(page, node, 'shape', shape);
  await setAttrText(page, 'half', 'value', '0.5');
  await setAttrText(page, 'train', 'learningRate', '1');
  const wires: [string, string, string, string][] = [
    ...XOR_FORWARD_WIRES,
    ['Y', 'value', 'xent', 'labels'],
    ['Add_1', 'z', 'xent', 'logits'],
    ['xent', 'loss', 'cost', 'x'],
    ['cost', 'y', 'train', 'loss'],
  ];
  for (const w of wires) await wire(page, ...w);
  // The accuracy, each node added by letting a link go on empty canvas: mean(cast(equal(cast(h > 0.5), Y))).
  await quickAddFrom(page, 'hypothesis', 'y', { x: COL[4], y: ROW[1] }, 'Greater');
  await wire(page, 'half', 'value', 'Greater', 'y');
  await quickAddFrom(page, 'Greater', 'z', { x: COL[4], y: ROW[2] + 30 }, 'Cast');
  await nameSelected(page, 'predicted');
  await quickAddFrom(page, 'predicted', 'y', { x: COL[4], y: ROW[3] + 40 }, 'Equal');
  await wire(page, 'Y', 'value', 'Equal', 'y');
  await quickAddFrom(page, 'Equal', 'z', { x: COL[4], y: ROW[4] + 40 }, 'Cast');
  await quickAddFrom(page, 'Cast', 'y', { x: COL[4], y: ROW[5] + 30 }, 'ReduceMean');
  await nameSelected(page, 'accuracy');
}

describe('build your own graph and train it: XOR', () => {
  it(
    'builds XOR from File > New, binds the XOR table in the Session panel, trains to accuracy 1',
    async () => {
      const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?debug', { viewport: { width: 1440, height: 900 } });
      await expect.poll(() => page.locator('.statusbar__backend').textContent(), { timeout: BACKEND_TIMEOUT }).toMatch(/^WASM/);
      await fileMenu(page, 'New');
      await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
      await page.waitForTimeout(300);

      await buildXor(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('f');
      await page.waitForTimeout(300);
      const status = await page.locator('.statusbar').textContent();
      expect(status).toContain('21 nodes');
      expect(status).toContain('0 errors');
      await screenshot('session-xor-built');

      // The Session panel: the Minimize was made the train node as it was added; the Placeholders wait for data.
      await page.getByRole('tab', { name: 'Session' }).click();
      const session = page.getByLabel('Session', { exact: true });
      await expect(session.locator('.session__value').textContent()).resolves.toBe('train');
      await expect(session.getByLabel('Placeholder X').textContent()).resolves.toContain('no data bound');
      await session.getByRole('button', { name: 'Bind data…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Bind data' });
      await dialog.getByRole('tab', { name: 'XOR table' }).click();
      await expect(dialog.getByRole('combobox', { name: 'Inputs x1, x2' }).inputValue()).resolves.toBe(await nodeId(page, 'X'));
      await expect(dialog.getByRole('combobox', { name: 'Labels y' }).inputValue()).resolves.toBe(await nodeId(page, 'Y'));
      await expect(dialog.getByRole('status').textContent()).resolves.toBe('X ← inline, 4 rows × 2Y ← inline, 4 rows × 1');
      await screenshot('session-xor-bind');
      await dialog.getByRole('button', { name: 'Bind', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(session.getByLabel('Placeholder X').textContent()).resolves.toContain('inline, 4 rows × 2');

      // Log the accuracy (its name makes it one) and the prediction (for the decision boundary); count 3001 steps, seed 1.
      await session.getByRole('combobox', { name: 'Log a value' }).selectOption({ label: 'accuracy' });
      await session.getByRole('combobox', { name: 'Log a value' }).selectOption({ label: 'hypothesis' });
      await expect(session.getByRole('combobox', { name: 'Role of accuracy' }).inputValue()).resolves.toBe('accuracy');
      await expect(session.getByRole('combobox', { name: 'Role of hypothesis' }).inputValue()).resolves.toBe('prediction');
      for (const [field, value] of [
        ['Session steps', '3001'],
        ['Session seed', '1'],
      ]) {
        const input = session.getByRole('textbox', { name: field });
        await input.fill(value);
        await input.press('Enter');
      }
      // One home for the settings: the run toolbar shows what the Session panel set.
      await expect(page.getByRole('toolbar', { name: 'Run' }).getByRole('textbox', { name: 'Steps' }).inputValue()).resolves.toBe('3001');
      await screenshot('session-xor-session');

      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForRunStatus(page, 'finished');
      const accuracy = await loggedValues(page, 'accuracy');
      expect(accuracy.at(-1)).toBe(1);
      await expect(nodeNamed(page, 'accuracy').getByTestId('run-badge').textContent()).resolves.toBe('= 1');
      await openTab(page, 'Scalars');
      await expect(page.locator('.chart-card', { hasText: 'accuracy' }).first().isVisible()).resolves.toBe(true);
      // The whole graph in what the dock leaves of the canvas, the accuracy node's "= 1" in view.
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.waitForTimeout(400);
      await screenshot('session-xor-trained');
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.waitForTimeout(400);
      await screenshot('session-xor-trained-1280');
      await page.setViewportSize({ width: 1440, height: 900 });
      await openTab(page, 'Decision boundary');
      await page.waitForTimeout(400);
      await screenshot('session-xor-boundary');
      expect(errors).toEqual([]);
    },
    TRAIN_TIMEOUT * 2,
  );
});

function nodeId(page: Page, name: string): Promise<string> {
  return page.evaluate(`window.flowboardDebug.store.getState().document.nodes.find((n) => n.name === ${JSON.stringify(name)}).id`) as Promise<string>;
}
