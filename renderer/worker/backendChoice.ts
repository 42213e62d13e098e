/**
 * Which TensorFlow.js backend to train on, by what is really fast on this
 * machine: WebGPU on a real adapter, then WebGL on a hardware renderer, then
 * WASM, then CPU. A software GPU (SwiftShader, llvmpipe) is slower than WASM
 * for these small graphs, so it counts as no GPU.
 */

import type { BackendName } from '../training/protocol.ts';

export type TrainingBackend = BackendName;

/** What the worker found out about the GPU APIs before picking. */
export interface BackendProbe {
  webgpu: { available: false; why: string } | { available: true; fallback: boolean; description: string };
  webgl: { available: false; why: string } | { available: true; renderer: string };
}

/** A backend to try, and the sentence the status bar shows if it is the one that starts. */
export interface BackendCandidate {
  name: TrainingBackend;
  reason: string;
}

/** Renderer strings of GPUs emulated on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|lavapipe/i;

/** Display names, as the status bar writes them. */
export const BACKEND_LABELS: Record<TrainingBackend, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** Whether a GPU's name says it is emulated in software. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The backends to try, fastest first, each with why it was chosen over the faster ones before it. */
export function chooseBackends(probe: BackendProbe): BackendCandidate[] {
  const skipped: string[] = [];
  const out: BackendCandidate[] = [];
  const gpu = probe.webgpu;
  if (gpu.available && !gpu.fallback && !isSoftwareRenderer(gpu.description)) out.push({ name: 'webgpu', reason: `WebGPU on ${gpu.description || 'a hardware adapter'}` });
  else if (gpu.available) skipped.push(`WebGPU is ${gpu.description ? `${gpu.description}, ` : ''}a software fallback adapter`);
  else skipped.push(`no WebGPU (${gpu.why})`);
  const gl = probe.webgl;
  if (gl.available && !isSoftwareRenderer(gl.renderer)) out.push({ name: 'webgl', reason: `WebGL on ${gl.renderer}${because(skipped)}` });
  // The WebGL sentence leads: it is the one a learner can act on (turn on hardware acceleration).
  else if (gl.available) skipped.unshift(`WebGL is ${shortRenderer(gl.renderer)}, a software renderer`);
  else skipped.unshift(`no WebGL (${gl.why})`);
  out.push({ name: 'wasm', reason: skipped.join('; ') });
  out.push({ name: 'cpu', reason: [...skipped, 'WASM did not start'].join('; ') });
  return out;
}

/** The candidates with the page's choice (URL ?backend=) first, the others after it in case it cannot start. */
export function withRequested(candidates: readonly BackendCandidate[], requested: TrainingBackend | undefined): BackendCandidate[] {
  if (requested === undefined) return [...candidates];
  return [{ name: requested, reason: `asked for with ?backend=${requested}` }, ...candidates.filter((c) => c.name !== requested)];
}

function because(skipped: string[]): string {
  return skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
}

/** "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) ...), SwiftShader driver)" -> "SwiftShader". */
function shortRenderer(renderer: string): string {
  const known = SOFTWARE.exec(renderer)?.[0];
  if (known === undefined || /^software$/i.test(known) || /^basic render$/i.test(known)) return renderer;
  return known.toLowerCase() === 'swiftshader' ? 'SwiftShader' : known.toLowerCase();
}
