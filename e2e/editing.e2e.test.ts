/** Editing on the canvas: drop from the palette, connect, refuse a bad link, undo and redo, rename. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { dragBetween, edgeLabels, nodeNamed, nodeNames, port, showOps } from './canvas.ts';
import { zoomOnto } from './canvasLook.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('editing', () => {
  it('drags a MatMul from the palette onto the canvas', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await showOps(page);
    await page.getByRole('button', { name: 'MatMul', exact: true }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 480, y: 330 } });
    await nodeNamed(page, 'MatMul').waitFor();
    await screenshot('drop-matmul');
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder', 'MatMul']);
    await expect(nodeNamed(page, 'MatMul').textContent()).resolves.toContain('Connect a, b');
    expect(errors).toEqual([]);
  });

  it('connects two ports and labels the edge with its shape', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await showOps(page);
    await page.getByRole('button', { name: 'Relu', exact: true }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 330, y: 30 } });
    await dragBetween(page, port(page, 'sum', 'source', 'z'), port(page, 'Relu', 'target', 'x'));
    await page.locator('.react-flow__edge').nth(4).waitFor();
    await screenshot('connect');
    expect(await edgeLabels(page)).toHaveLength(5);
    await expect(nodeNamed(page, 'Relu').locator('.op-node__shape').textContent()).resolves.toBe('[]');
    expect(errors).toEqual([]);
  });

  it('refuses a MatMul link whose inner dimensions disagree, and says why', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    // xor-nn opens whole, too small for ports: zoom in where the wiring happens.
    await zoomOnto(page, nodeNamed(page, 'MatMul_1'));
    const before = await edgeLabels(page);
    await dragBetween(page, port(page, 'W2', 'source', 'value'), port(page, 'MatMul_1', 'target', 'a'));
    await screenshot('refused-connection');
    await expect(page.locator('.statusbar__notice').textContent()).resolves.toMatch(/^Not connected: .*inner dimensions 1 and 2 differ/);
    expect(await edgeLabels(page)).toEqual(before);
  });

  it('undoes and redoes with the keyboard and the toolbar', async () => {
    const { page, screenshot } = await openApp(browser, inject('baseUrl'));
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    await expect(undo.isDisabled()).resolves.toBe(true);
    await showOps(page);
    await page.getByRole('button', { name: 'Sigmoid', exact: true }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 600, y: 300 } });
    await nodeNamed(page, 'Sigmoid').waitFor();
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'Sigmoid').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await nodeNamed(page, 'Sigmoid').waitFor();
    await undo.click();
    await nodeNamed(page, 'Sigmoid').waitFor({ state: 'detached' });
    await redo.click();
    await nodeNamed(page, 'Sigmoid').waitFor();
    await screenshot('undo-redo');
    await nodeNamed(page, 'Sigmoid').click();
    await page.keyboard.press('Delete');
    await nodeNamed(page, 'Sigmoid').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+y');
    expect(await nodeNames(page)).not.toContain('Sigmoid');
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'Sigmoid').waitFor();
  });

  it('duplicates, copies and pastes with the keyboard', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'));
    await nodeNamed(page, 'sum').click();
    await page.keyboard.press('Control+d');
    await nodeNamed(page, 'sum_1').waitFor();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await nodeNamed(page, 'sum_2').waitFor();
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'sum', 'a', 'b', 'adder', 'sum_1', 'sum_2']);
    expect(errors).toEqual([]);
  });

  it('renames a node in the properties panel, refusing a taken name as you type', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'));
    await nodeNamed(page, 'sum').click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('adder');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Another node is already named "adder"');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot('rename-clash');
    await name.fill('total');
    await name.press('Enter');
    await nodeNamed(page, 'total').waitFor();
    expect(await nodeNames(page)).toEqual(['node1', 'node2', 'total', 'a', 'b', 'adder']);
    await screenshot('renamed');
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await nodeNamed(page, 'sum').waitFor();
    expect(errors).toEqual([]);
  });

  it('edits attrs in the properties panel, validating as you type', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn');
    await nodeNamed(page, 'W1').click();
    const shape = page.getByRole('textbox', { name: 'shape' });
    await expect(shape.inputValue()).resolves.toBe('[2, 2]');
    await shape.fill('?, 2');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Value must have every dimension known (no null)');
    await shape.fill('[2, 3]');
    await shape.press('Enter');
    await expect(nodeNamed(page, 'W1').locator('.op-node__shape').textContent()).resolves.toBe('[2,3]');
    await page.getByRole('combobox', { name: 'initializer' }).selectOption('randomUniform');
    await expect(page.getByRole('textbox', { name: 'min' }).inputValue()).resolves.toBe('-1');
    await page.getByRole('textbox', { name: 'max' }).fill('-2');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Min must not exceed max');
    await screenshot('attrs');
    await page.keyboard.press('Escape');
    // The new shape breaks the bias add downstream: that node turns red and says why.
    await expect(nodeNamed(page, 'add').getAttribute('data-id')).resolves.toBeTruthy();
    await expect(nodeNamed(page, 'add').locator('.op-node').getAttribute('data-state')).resolves.toBe('error');
    expect(errors).toEqual([]);
  });
});
