/**
 * The SIMD passes' two forms in Chromium, where the app's worker trains: the
 * plain one (separate multiplies and adds, four-row tiles) against the fused
 * one (relaxed SIMD's multiply-add, six-row tiles), which the worker runs
 * wherever the engine validates it. Node's V8 runs the fused form only behind
 * a flag, and slower, so this bench drives Debian's Chromium: each pass is
 * instantiated on a memory of its own in a page, fed random operands laid out
 * as mnist-xavier's products and mnist-cnn's second layer (batch 100) lay
 * them out (the same operands on every call, so the caches are warm where
 * training's fresh tensors are not), and timed in rounds that alternate the forms. The rate is each
 * form's best round: on a shared machine the fastest round is the one the
 * others interfered with least, and both forms get as many tries.
 */
import { launchChromium } from '../e2e/browser.ts';
import * as convFilterGradFma from '../core/compile/lower/wasm/convFilterGradFmaWasm.ts';
import * as convFilterGrad from '../core/compile/lower/wasm/convFilterGradWasm.ts';
import * as conv2dFma from '../core/compile/lower/wasm/conv2dFmaWasm.ts';
import * as conv2d from '../core/compile/lower/wasm/conv2dWasm.ts';
import * as matMulFma from '../core/compile/lower/wasm/matMulFmaWasm.ts';
import * as matMul from '../core/compile/lower/wasm/matMulWasm.ts';
import { type BenchRow, defineBench } from './lib/bench.ts';

const ROUNDS = Number(process.env.FUSED_FORMS_ROUNDS ?? 15);

interface PassCase {
  name: string;
  plain: string;
  fma: string;
  /** The export to call and its arguments after the three pointers (inputs, then output). */
  exportName: string;
  dims: number[];
  /** Floats in each of the three operands, and the flops of one call. */
  sizes: [number, number, number];
  flops: number;
}

const B = 100;
const CASES: PassCase[] = [
  ...([[B, 784, 256], [784, B, 256], [B, 256, 256]] as const).map(([m, k, n]) => ({
    name: `MatMul [${m},${k}] x [${k},${n}]`, plain: matMul.WASM_BASE64, fma: matMulFma.WASM_BASE64, exportName: 'matmul', dims: [m, k, n], sizes: [m * k, k * n, m * n] as [number, number, number], flops: 2 * m * k * n,
  })),
  ...([[32, 64], [64, 32]] as const).map(([c, co]) => ({
    name: `Conv2D [${B},14,14,${c}] -> ${co}${c === 64 ? ' (the input gradient)' : ''}`, plain: conv2d.WASM_BASE64, fma: conv2dFma.WASM_BASE64, exportName: 'forward',
    dims: [B, 16, 16, c, 14, 14, co, 3, 3, 1, 1], sizes: [B * 16 * 16 * c, 9 * c * co, B * 14 * 14 * co] as [number, number, number], flops: 2 * B * 14 * 14 * 9 * c * co,
  })),
  {
    name: `Conv2DBackpropFilter [${B},14,14,32] -> 64`, plain: convFilterGrad.WASM_BASE64, fma: convFilterGradFma.WASM_BASE64, exportName: 'filterGrad',
    dims: [B, 16, 16, 32, 14, 14, 64, 3, 3, 1, 1], sizes: [B * 16 * 16 * 32, B * 14 * 14 * 64, 9 * 32 * 64], flops: 2 * B * 14 * 14 * 9 * 32 * 64,
  },
];

/** Runs in the page: each case's best milliseconds per call for the plain and the fused form. */
function timeInPage({ cases, rounds }: { cases: PassCase[]; rounds: number }): { plain: number; fma: number; fmaValid: boolean }[] {
  const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  return cases.map((c) => {
    const floats = c.sizes[0] + c.sizes[1] + c.sizes[2];
    const memory = new WebAssembly.Memory({ initial: Math.ceil((floats * 4) / 65536) + 1 });
    const values = new Float32Array(memory.buffer, 0, floats);
    for (let i = 0; i < floats; i++) values[i] = Math.random() - 0.5;
    const [a, b, out] = [0, 4 * c.sizes[0], 4 * (c.sizes[0] + c.sizes[1])];
    const fmaValid = WebAssembly.validate(bytesOf(c.fma));
    const forms = { plain: c.plain, fma: fmaValid ? c.fma : c.plain };
    const run = Object.fromEntries(Object.entries(forms).map(([form, b64]) => {
      const exports = new WebAssembly.Instance(new WebAssembly.Module(bytesOf(b64)), { env: { memory } }).exports;
      return [form, exports[c.exportName] as (...args: number[]) => void];
    }));
    // Enough calls per round for about 30 ms, so the timer's resolution does not matter.
    const start = performance.now();
    run.plain(a, b, out, ...c.dims);
    const calls = Math.max(1, Math.round(30 / Math.max(performance.now() - start, 0.01)));
    const best = { plain: Infinity, fma: Infinity };
    for (let r = 0; r < rounds; r++)
      for (const form of (r % 2 ? ['fma', 'plain'] : ['plain', 'fma']) as ('plain' | 'fma')[]) {
        const t0 = performance.now();
        for (let i = 0; i < calls; i++) run[form](a, b, out, ...c.dims);
        best[form] = Math.min(best[form], (performance.now() - t0) / calls);
      }
    return { ...best, fmaValid };
  });
}

export default defineBench({
  name: 'fusedForms',
  async run() {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // tsx compiles this file keeping function names through a __name helper that the page lacks.
      await page.evaluate('globalThis.__name = (f) => f');
      const version = browser.version();
      const results = await page.evaluate(timeInPage, { cases: CASES, rounds: ROUNDS });
      return CASES.flatMap((c, i): BenchRow[] => {
        const r = results[i];
        const rate = (ms: number) => `${(c.flops / ms / 1e6).toFixed(1)} GFLOP/s`;
        const once = (ms: number) => ({ median: ms, min: ms, max: ms, runs: ROUNDS });
        if (!r.fmaValid) return [{ name: `${c.name}: plain`, timing: once(r.plain), note: `${rate(r.plain)}; Chromium ${version} does not validate relaxed SIMD` }];
        return [
          { name: `${c.name}: plain form (best ms)`, timing: once(r.plain), note: `${rate(r.plain)} in Chromium ${version}` },
          { name: `${c.name}: fused form (best ms)`, timing: once(r.fma), note: `${rate(r.fma)}; ${(r.plain / r.fma).toFixed(2)}x the plain form` },
        ];
      });
    } finally {
      await browser.close();
    }
  },
});
