/** Finding and driving things on the canvas from specs. */
import type { Locator, Page } from 'playwright-core';

/** The canvas node whose name is exactly `name`. */
export function nodeNamed(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.locator('.op-node__name', { hasText: new RegExp(`^${escape(name)}$`) }) });
}

/** A port of a named node: an output (`source`) or an input (`target`) by its handle id. */
export function port(page: Page, name: string, kind: 'source' | 'target', id: string): Locator {
  return nodeNamed(page, name).locator(`.react-flow__handle.${kind}[data-handleid="${id}"]`);
}

/** Drags with the mouse from one element's centre to another's, as a person wires two ports. */
export async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/** Names of all nodes on the canvas, in document order. */
export function nodeNames(page: Page): Promise<string[]> {
  return page.locator('.op-node__name').allTextContents();
}

/** Labels of all edges (their shapes). */
export function edgeLabels(page: Page): Promise<string[]> {
  return page.locator('.react-flow__edge-text').allTextContents();
}

async function centre(l: Locator): Promise<{ x: number; y: number }> {
  const box = await l.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Shows the op palette: a document with a lesson opens on its Lesson tab. */
export async function showOps(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Ops', exact: true });
  if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/** Drags an op from the palette onto the canvas, its header landing at `at` (canvas pixels from the pane's top-left). */
export async function dropOp(page: Page, op: string, at: { x: number; y: number }): Promise<void> {
  await showOps(page);
  await page.getByRole('button', { name: op, exact: true }).dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
}

/** Empties the canvas of the opened document: select all, delete. */
export async function clearCanvas(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
}

/** Renames the node called `from` in the properties panel. */
export async function rename(page: Page, from: string, to: string): Promise<void> {
  await nodeNamed(page, from).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill(to);
  await name.press('Enter');
  await nodeNamed(page, to).waitFor();
}

/** Sets a text attr of the node called `node` in the properties panel. */
export async function setAttrText(page: Page, node: string, attr: string, value: string): Promise<void> {
  await nodeNamed(page, node).click();
  const field = page.getByRole('textbox', { name: attr });
  await field.fill(value);
  await field.press('Enter');
}

/** The centre of an element on screen. */
export async function centreOf(l: Locator): Promise<{ x: number; y: number }> {
  return centre(l);
}

/** Drags a link from a node's output and lets it go on empty canvas at `at` (pane pixels), then picks `op` in quick-add: the new node is wired to the link. */
export async function quickAddFrom(page: Page, name: string, output: string, at: { x: number; y: number }, op: string): Promise<void> {
  const from = await centre(port(page, name, 'source', output));
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + pane.x + at.x) / 2, (from.y + pane.y + at.y) / 2, { steps: 5 });
  await page.mouse.move(pane.x + at.x, pane.y + at.y, { steps: 5 });
  await page.mouse.up();
  const box = page.getByRole('dialog', { name: 'Add a node wired to the link' });
  await box.waitFor();
  await page.keyboard.type(op);
  await box.getByRole('option').filter({ hasText: new RegExp(escape(op), 'i') }).first().waitFor();
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'detached' });
}

/** Names the selected node (a node is selected as it is added) in the properties panel. */
export async function nameSelected(page: Page, name: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Name' });
  await field.fill(name);
  await field.press('Enter');
  await nodeNamed(page, name).waitFor();
}

/** Picks an item of the toolbar's File menu. */
export async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}
