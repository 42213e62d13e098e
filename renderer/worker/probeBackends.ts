/**
 * Asks the browser, from inside the worker, what GPU it really has: the
 * WebGPU adapter (and whether it is a fallback adapter) and the WebGL
 * renderer's unmasked name (WEBGL_debug_renderer_info).
 */
import type { BackendProbe } from './backendChoice.ts';

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}
interface AdapterLike {
  info?: AdapterInfoLike;
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
}
interface GpuLike {
  requestAdapter(): Promise<AdapterLike | null>;
}

/** Probes WebGPU and WebGL; never throws. */
export async function probeBackends(): Promise<BackendProbe> {
  return { webgpu: await probeWebGpu(), webgl: probeWebGl() };
}

async function probeWebGpu(): Promise<BackendProbe['webgpu']> {
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  if (!gpu) return { available: false, why: 'not in this browser' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { available: false, why: 'no adapter' };
    // GPUAdapter.info is current; requestAdapterInfo() and adapter.isFallbackAdapter are the older spellings.
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    const description = info.description || [info.vendor, info.architecture].filter(Boolean).join(' ');
    return { available: true, fallback: info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false, description };
  } catch (e) {
    return { available: false, why: (e as Error).message };
  }
}

function probeWebGl(): BackendProbe['webgl'] {
  if (typeof OffscreenCanvas === 'undefined') return { available: false, why: 'no OffscreenCanvas in workers' };
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return { available: false, why: 'no context' };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, renderer };
  } catch (e) {
    return { available: false, why: (e as Error).message };
  }
}
