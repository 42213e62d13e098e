/**
 * Set-up for tests of the passes with two forms: wasm as the backend, and the
 * V8 flag that lets Node 20 validate relaxed SIMD (the fused form, the one
 * Chromium runs; the CLI leaves it off). Each test pins a form with
 * setWasmForm, and the default comes back after it.
 */
import { setFlagsFromString } from 'node:v8';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useBackend } from '../core/runtime/backend.ts';
import { setWasmForm } from '../core/compile/lower/wasm/fusedForm.ts';

/** Call at a test file's top level. */
export function testBothForms(): void {
  setFlagsFromString('--experimental-wasm-relaxed-simd');
  beforeAll(async () => {
    await useBackend('wasm');
  });
  afterAll(async () => {
    await useBackend('cpu');
  });
  afterEach(() => setWasmForm(undefined));
}
