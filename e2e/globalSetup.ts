/**
 * Before the e2e specs: build the app with Vite into a temporary folder (the
 * same build `npm run web` serves) and serve it on a free localhost port.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the app was built into (for bundle checks). */
    buildDir: string;
  }
}

/** Builds and serves the app; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'flowboard-e2e-'));
  const started = Date.now();
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build;
  // the specs must test the production bundle that `npm run web` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), mode: 'production', build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic(outDir);
  console.log(`e2e: built the app in ${Date.now() - started} ms, serving it at ${server.url}`);
  project.provide('baseUrl', server.url);
  project.provide('buildDir', outDir);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
