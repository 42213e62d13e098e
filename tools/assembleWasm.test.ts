import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleWat, outputPathOf } from './assembleWasm.ts';

const core = fileURLToPath(new URL('../core/', import.meta.url));
const modules = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.wat'));

describe('assembleWasm', () => {
  it('finds the hand-written modules', () => {
    expect(modules).toContain('compile/lower/optimizers/adam.wat');
  });

  for (const wat of modules) {
    it(`the committed bytes of ${wat} are its source assembled, both memory variants: re-run the tool after editing it`, async () => {
      const { plain, shared } = await assembleWat(core + wat);
      const committed = await import(outputPathOf(core + wat));
      expect(Buffer.from(plain).toString('base64')).toBe(committed.WASM_BASE64);
      expect(Buffer.from(shared).toString('base64')).toBe(committed.WASM_SHARED_BASE64);
    });
  }
});
