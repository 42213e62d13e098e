/**
 * Assembles a hand-written WebAssembly text module (`*.wat`) into the
 * TypeScript file that carries its bytes (`*Wasm.ts` beside it), so the app
 * needs no assembler at run time. The test beside each module re-assembles
 * its source and checks the committed bytes still match it.
 *
 *   node bin/run-ts.js tools/assembleWasm.ts core/compile/lower/optimizers/adam.wat
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import wabtFactory from 'wabt';

/** The module's binary form, with the SIMD instructions it uses enabled. */
export async function assembleWat(path: string): Promise<Uint8Array> {
  const wabt = await wabtFactory();
  const parsed = wabt.parseWat(basename(path), readFileSync(path, 'utf8'), { simd: true });
  try {
    parsed.resolveNames();
    parsed.validate();
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/** The TypeScript file for a module: its bytes as base64, and where they come from. */
export function wasmModuleSource(watPath: string, bytes: Uint8Array): string {
  return [
    `/** The bytes of ${basename(watPath)}, assembled by tools/assembleWasm.ts: edit the .wat and re-run it. */`,
    `export const WASM_BASE64 = '${Buffer.from(bytes).toString('base64')}';`,
    '',
  ].join('\n');
}

export function outputPathOf(watPath: string): string {
  return watPath.replace(/\.wat$/, 'Wasm.ts');
}

if (process.argv[1]?.endsWith('assembleWasm.ts')) {
  for (const watPath of process.argv.slice(2)) {
    const bytes = await assembleWat(watPath);
    writeFileSync(outputPathOf(watPath), wasmModuleSource(watPath, bytes));
    console.log(`${outputPathOf(watPath)}: ${bytes.length} bytes`);
  }
}
