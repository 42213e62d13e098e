#!/usr/bin/env node
// The `flowboard` command. The CLI is TypeScript; tsx compiles it on the fly so
// `npx flowboard` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// wasm's threads run on worker_threads, which would keep the process alive.
(await import('../core/runtime/backend.ts')).endWasmThreads();
