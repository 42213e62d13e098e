/**
 * mnist-cnn trained by the app's worker in headless Chromium on a real GPU,
 * for a machine that has one (none of the machines the benches run on here
 * does: there, this runs on SwiftShader). Prints the GPU Chromium reports, the
 * backend the worker chose (it prefers a hardware WebGPU adapter, then a
 * hardware WebGL renderer) and examples/s over rounds of training, next to
 * WASM in the same browser.
 *
 *   node bin/run-ts.js bench/gpu/trainCnn.ts [--sample mnist-cnn] [--seconds 10] [--rounds 3] [--backend webgl|webgpu]
 *
 * Chromium's flags for the GPU come from FLOWBOARD_GPU_FLAGS (space-separated)
 * or default to ANGLE on EGL with the GPU blocklist ignored and WebGPU on; on
 * a headless Linux server with NVIDIA's driver, `--use-angle=vulkan
 * --enable-features=Vulkan` is the usual alternative. --backend forces a
 * backend the worker would otherwise skip (a software GPU).
 */
import { parseArgs } from 'node:util';
import { startWorkerApp, type WorkerTrainer } from '../lib/workerTraining.ts';

const DEFAULT_FLAGS = ['--enable-gpu', '--ignore-gpu-blocklist', '--use-gl=angle', '--use-angle=gl-egl', '--enable-unsafe-webgpu'];
const { values } = parseArgs({ options: { sample: { type: 'string', default: 'mnist-cnn' }, seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' }, backend: { type: 'string' } } });
const flags = process.env.FLOWBOARD_GPU_FLAGS?.split(/\s+/).filter(Boolean) ?? DEFAULT_FLAGS;
const [seconds, rounds] = [Number(values.seconds), Number(values.rounds)];

const app = await startWorkerApp(flags);
try {
  const gpu = await app.open(values.sample!, values.backend ? `&backend=${values.backend}` : '');
  const renderer = await gpu.page.evaluate(`(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
  })()`);
  console.log(`Chromium flags: ${flags.join(' ')}`);
  console.log(`WebGL renderer: ${renderer}`);
  const wasm = await app.open(values.sample!, '&backend=wasm');
  const trainers: [string, WorkerTrainer][] = [[gpu.backend, gpu], [wasm.backend, wasm]];
  for (const [, t] of trainers) await t.train(2);
  for (const [backend, t] of trainers) {
    const rates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const { steps, ms } = await t.train(seconds);
      rates.push((steps * 100 * 1000) / ms);
    }
    rates.sort((a, b) => a - b);
    console.log(`${values.sample}: ${rates[rates.length >> 1].toFixed(0)} examples/s (median of ${rounds} rounds of ${seconds} s) on ${backend}`);
  }
} finally {
  await app.close();
}
