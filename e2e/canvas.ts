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
