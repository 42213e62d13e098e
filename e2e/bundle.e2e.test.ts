/**
 * The thread boundary in the built app: TensorFlow.js (its kernels, engine and
 * flags) is in the training worker's bundle only, never in the page's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Strings only tfjs-core's engine and kernel registry carry. */
const TFJS_MARKERS = ['tfjsflags', 'kernelRegistry', 'Tensor must have a shape comprised of positive integers'];

function chunks(): { name: string; size: number; text: string }[] {
  const dir = join(inject('buildDir'), 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, size: statSync(join(dir, name)).size, text: readFileSync(join(dir, name), 'utf8') }));
}

describe('bundles', () => {
  it('keeps TensorFlow.js out of the page: only the training worker carries it', () => {
    const all = chunks();
    const worker = all.filter((c) => c.name.startsWith('trainingWorker-'));
    const page = all.filter((c) => !c.name.startsWith('trainingWorker-'));
    expect(worker).toHaveLength(1);
    expect(page.some((c) => c.name.startsWith('index-'))).toBe(true);
    for (const marker of TFJS_MARKERS) expect(worker[0].text, `the worker bundle lacks "${marker}"`).toContain(marker);
    for (const c of page) for (const marker of TFJS_MARKERS) expect(c.text.includes(marker), `${c.name} carries tfjs ("${marker}")`).toBe(false);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`bundles: page ${kb(page.reduce((s, c) => s + c.size, 0))}, worker ${kb(worker[0].size)}`);
  });
});
