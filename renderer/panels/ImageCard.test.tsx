import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ImageEntry } from '../training/protocol.ts';
import { ImageCard } from './ImageCard.tsx';
import { pickedStep, shownIndex } from './imageStep.ts';

const entry = (step: number): ImageEntry => ({ tag: 'input', nodeId: 'n3', maxOutputs: 3, step, wallTime: 0, count: 3, height: 28, width: 28, channels: 1, pixels: new Uint8Array(3 * 784) });

describe('ImageCard', () => {
  it('shows the newest step: its images as canvases at their own size, zoomed 4x, and a step slider', () => {
    const html = renderToStaticMarkup(<ImageCard tag="input" entries={[entry(0), entry(100), entry(200)]} />);
    expect(html).toContain('step 200');
    expect(html).toContain('3 of 28×28 grayscale');
    expect(html.match(/<canvas[^>]*width="28" height="28" style="width:112px;height:112px"/g)).toHaveLength(3);
    expect(html).toMatch(/type="range"[^>]*aria-label="Step of input"[^>]*max="2"[^>]*value="2"/);
  });

  it('has no slider for a single step', () => {
    expect(renderToStaticMarkup(<ImageCard tag="input" entries={[entry(0)]} />)).not.toContain('type="range"');
  });
});

describe('the step an image card shows', () => {
  it('follows the newest until a step is picked, keeps a picked one, and follows again from the end', () => {
    const steps = [0, 100, 200];
    expect(shownIndex(steps, undefined)).toBe(2);
    expect(pickedStep(steps, 0)).toBe(0);
    expect(shownIndex(steps, 0)).toBe(0);
    expect(shownIndex([...steps, 300], 100)).toBe(1);
    expect(pickedStep(steps, 2)).toBeUndefined();
    // A picked step the reservoir dropped shows the kept one before it, else the oldest.
    expect(shownIndex([0, 200], 100)).toBe(0);
    expect(shownIndex([50, 200], 10)).toBe(0);
  });
});
