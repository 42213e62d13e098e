import { describe, expect, it } from 'vitest';
import { WASM_BASE64 } from '../core/compile/lower/optimizers/adamWasm.ts';
import { assembleWat } from './assembleWasm.ts';

describe('assembleWasm', () => {
  it('the committed bytes of adam.wat are its source assembled: re-run the tool after editing it', async () => {
    const bytes = await assembleWat(new URL('../core/compile/lower/optimizers/adam.wat', import.meta.url).pathname);
    expect(Buffer.from(bytes).toString('base64')).toBe(WASM_BASE64);
  });
});
