/**
 * Assembles a hand-written WebAssembly text module (`*.wat`) into the
 * TypeScript file that carries its bytes (`*Wasm.ts` beside it), so the app
 * needs no assembler at run time. Each module imports tfjs-backend-wasm's
 * memory, which is a plain memory in the single-threaded builds and a shared
 * one in the threaded build; an import must say which, so every module is
 * assembled twice. The test beside this tool re-assembles every module and
 * checks the committed bytes still match.
 *
 *   node bin/run-ts.js tools/assembleWasm.ts core/compile/lower/optimizers/adam.wat
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import wabtFactory from 'wabt';

/** How every module imports the backend's memory; the shared variant rewrites this line. */
export const MEMORY_IMPORT = '(import "env" "memory" (memory 1))';
/** Shared memories must declare a maximum: the threaded build's is 4 GiB (65536 pages). */
const SHARED_MEMORY_IMPORT = '(import "env" "memory" (memory 1 65536 shared))';

export interface WasmVariants {
  plain: Uint8Array;
  shared: Uint8Array;
}

/** The module's two binary forms, with the SIMD and relaxed SIMD (and, for the shared one, threads) features enabled. */
export async function assembleWat(path: string): Promise<WasmVariants> {
  const source = readFileSync(path, 'utf8');
  if (!source.includes(MEMORY_IMPORT)) throw new Error(`${path} must import the backend's memory as ${MEMORY_IMPORT}`);
  return { plain: await assemble(path, source), shared: await assemble(path, source.replace(MEMORY_IMPORT, SHARED_MEMORY_IMPORT)) };
}

async function assemble(path: string, text: string): Promise<Uint8Array> {
  const wabt = await wabtFactory();
  const features = { simd: true, relaxed_simd: true, threads: true, bulk_memory: true };
  const parsed = wabt.parseWat(basename(path), text, features);
  try {
    parsed.resolveNames();
    // wabt's types omit validate's features argument; without it, validation rejects the shared memory.
    (parsed.validate as (this: typeof parsed, f: typeof features) => void).call(parsed, features);
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The TypeScript file for a module: its bytes as base64, and where they come from. */
export function wasmModuleSource(watPath: string, { plain, shared }: WasmVariants): string {
  return [
    `/** The bytes of ${basename(watPath)}, assembled by tools/assembleWasm.ts: edit the .wat and re-run it. */`,
    `export const WASM_BASE64 = '${base64(plain)}';`,
    '/** The same module importing a shared memory (the threaded build of tfjs-backend-wasm). */',
    `export const WASM_SHARED_BASE64 = '${base64(shared)}';`,
    '',
  ].join('\n');
}

export function outputPathOf(watPath: string): string {
  return watPath.replace(/\.wat$/, 'Wasm.ts');
}

if (process.argv[1]?.endsWith('assembleWasm.ts')) {
  for (const watPath of process.argv.slice(2)) {
    const variants = await assembleWat(watPath);
    writeFileSync(outputPathOf(watPath), wasmModuleSource(watPath, variants));
    console.log(`${outputPathOf(watPath)}: ${variants.plain.length} bytes`);
  }
}
