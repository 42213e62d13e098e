/**
 * How many threads WASM trains on. tfjs-backend-wasm's threaded build runs
 * XNNPACK's matrix products and convolutions on a pool of threads, the
 * worker's own among them; it can start only where the page is cross-origin
 * isolated (SharedArrayBuffer).
 */

/** Every core but one, which the page keeps for drawing, at least 1; or what the page asked for, up to the cores there are. */
export function trainingThreads(cores: number, requested?: number): number {
  const wanted = requested ?? cores - 1;
  return Math.max(1, Math.min(Math.floor(wanted), cores));
}

/** Why `count` threads train, in the status bar's words. */
export function threadsWhy({ count, cores, requested, isolated }: { count: number; cores: number; requested?: number; isolated: boolean }): string {
  if (!isolated) return 'the page is not cross-origin isolated, so WebAssembly cannot share memory between threads';
  const wanted = trainingThreads(cores, requested);
  const ask = requested === undefined ? (cores === 1 ? '1 core' : `${cores} cores, one left for the page`) : `${requested} asked for with ?threads=, ${cores} cores`;
  return count === wanted ? ask : `${ask}; the backend started ${count} of ${wanted}`;
}
