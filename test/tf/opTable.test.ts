/** The README's op table is the one the TensorFlow referee's cases make (regenerate: node bin/run-ts.js test/tf/opTable.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { opTable } from './opTable.ts';

describe('the README op table', () => {
  it('lists every op kind as ops.tf.test.ts checks it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(opTable());
  });
});
