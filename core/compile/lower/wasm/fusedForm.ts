/**
 * Which form of a pass runs: the fused multiply-add one (relaxed SIMD,
 * `*Fma.wat`) where the engine validates it, as Chromium does, else the
 * plain one. Node 20's V8 validates relaxed SIMD only behind a flag, and runs
 * it slower, so there the plain forms run. Tests and benches pin one form.
 */
import { activeWasm, type WasmBackend, type WasmSource } from './wasmModules.ts';

export type Form = 'fma' | 'plain';

const BOTH: readonly Form[] = ['fma', 'plain'];
let allowedForms: readonly Form[] = BOTH;

/** Pins every pass with two forms to one (tests and benches compare them); undefined restores the default, FMA where it runs. */
export function setWasmForm(form: Form | undefined): void {
  allowedForms = form ? [form] : BOTH;
}

/** The first allowed form this engine can compile on the active backend, with its exports; undefined where neither runs. */
export function activeForm<T>(sources: Record<Form, WasmSource>): { form: Form; backend: WasmBackend; exports: T } | undefined {
  for (const form of allowedForms) {
    const wasm = activeWasm<T>(sources[form]);
    if (wasm) return { form, ...wasm };
  }
  return undefined;
}
