import { describe, expect, it } from 'vitest';
import { chooseBackends, isSoftwareRenderer, withRequested } from './backendChoice.ts';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const noGpu = { available: false as const, why: 'not in this browser' };

describe('chooseBackends', () => {
  it('skips a SwiftShader WebGL and says so, leading with WebGL', () => {
    const c = chooseBackends({ webgpu: noGpu, webgl: { available: true, renderer: SWIFTSHADER } });
    expect(c.map((x) => x.name)).toEqual(['wasm', 'cpu']);
    expect(c[0].reason).toBe('WebGL is SwiftShader, a software renderer; no WebGPU (not in this browser)');
  });

  it('takes WebGL on a hardware renderer, after an unavailable WebGPU', () => {
    const c = chooseBackends({ webgpu: noGpu, webgl: { available: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11)' } });
    expect(c.map((x) => x.name)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(c[0].reason).toBe('WebGL on ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11) (no WebGPU (not in this browser))');
  });

  it('prefers a real WebGPU adapter and skips a fallback one', () => {
    const real = chooseBackends({ webgpu: { available: true, fallback: false, description: 'Apple M2' }, webgl: { available: true, renderer: 'Apple M2' } });
    expect(real.map((x) => x.name)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    const fallback = chooseBackends({ webgpu: { available: true, fallback: true, description: '' }, webgl: { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' } });
    expect(fallback.map((x) => x.name)).toEqual(['wasm', 'cpu']);
    expect(fallback[0].reason).toBe('WebGL is llvmpipe, a software renderer; WebGPU is a software fallback adapter');
  });

  it('ends with CPU, saying WASM failed', () => {
    const c = chooseBackends({ webgpu: noGpu, webgl: { available: false, why: 'no context' } });
    expect(c.at(-1)).toEqual({ name: 'cpu', reason: 'no WebGL (no context); no WebGPU (not in this browser); WASM did not start' });
  });
});

describe('isSoftwareRenderer', () => {
  it('knows the software GPUs', () => {
    expect([SWIFTSHADER, 'llvmpipe (LLVM 12)', 'Microsoft Basic Render Driver', 'Intel Iris Xe'].map(isSoftwareRenderer)).toEqual([true, true, true, false]);
  });
});

describe('withRequested', () => {
  it('puts the backend the page asked for first, even a software GPU, and keeps the rest as fallbacks', () => {
    const c = withRequested(chooseBackends({ webgpu: noGpu, webgl: { available: true, renderer: SWIFTSHADER } }), 'webgl');
    expect(c.map((x) => x.name)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(c[0].reason).toBe('asked for with ?backend=webgl');
    expect(withRequested(c.slice(1), undefined).map((x) => x.name)).toEqual(['wasm', 'cpu']);
    expect(withRequested(c.slice(1), 'wasm').map((x) => x.name)).toEqual(['wasm', 'cpu']);
  });
});
