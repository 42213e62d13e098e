/** Measuring what the canvas shows, for the readability specs: node boxes, far labels, the zoom. */
import type { Locator, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas zoom, from React Flow's viewport transform. */
export async function canvasZoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

/** The pane's box on screen. */
export async function paneBox(page: Page): Promise<Box> {
  const b = (await page.locator('.react-flow__pane').boundingBox())!;
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

/** Every op node's box on screen, with its name and whether it is a backward node. */
export function opNodeBoxes(page: Page): Promise<(Box & { name: string; gradient: boolean; id: string })[]> {
  return page.locator('.react-flow__node-op').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        id: e.getAttribute('data-id') ?? '',
        name: e.querySelector('.op-node__name')?.getAttribute('title') ?? '',
        gradient: e.querySelector('.op-node--gradient') !== null,
      };
    }),
  );
}

/** Whether `inner` lies inside `outer`, give or take a pixel. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
}

/**
 * Each far label's text as drawn (its lines' boxes on screen) and its font
 * size on screen; only labels that are showing (the canvas is zoomed far out).
 */
export function farLabels(page: Page): Promise<{ text: string; size: number; lines: Box[] }[]> {
  return page.evaluate(() => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
    return [...document.querySelectorAll<HTMLElement>('.op-node__far')]
      .filter((el) => getComputedStyle(el).display !== 'none')
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
        return { text: el.textContent ?? '', size: parseFloat(getComputedStyle(el).fontSize) * zoom, lines };
      });
  });
}

/** Pairs of far labels whose text overlaps on screen by more than `slack` pixels each way. */
export function overlappingLabels(labels: { text: string; lines: Box[] }[], slack = 1): [string, string][] {
  const out: [string, string][] = [];
  const hit = (a: Box, b: Box) => a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (labels[i].lines.some((a) => labels[j].lines.some((b) => hit(a, b)))) out.push([labels[i].text, labels[j].text]);
  return out;
}

/** Zooms in with the mouse wheel over `target` (an element on the canvas) until the zoom is at least `min`, as a person does to wire ports. */
export async function zoomOnto(page: Page, target: Locator, min = 1): Promise<void> {
  // A Fit View clicked just before may still be animating on a loaded machine and undo the zoom: then zoom again.
  for (let attempt = 0; attempt < 3; attempt++) {
    for (let i = 0; i < 30 && (await canvasZoom(page)) < min; i++) {
      const b = (await target.boundingBox())!;
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(60);
    }
    // The last wheel step may overshoot a little; that is fine for wiring.
    await page.waitForTimeout(200);
    if ((await canvasZoom(page)) >= min) return;
  }
  throw new Error(`zoomOnto: the canvas stayed at zoom ${await canvasZoom(page)}, under ${min}`);
}

/** Clicks the canvas's Zoom In button until the zoom is at least `min`. */
export async function zoomInTo(page: Page, min: number): Promise<void> {
  const button = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 30 && (await canvasZoom(page)) < min; i++) {
    await button.click();
    await page.waitForTimeout(80);
  }
}
