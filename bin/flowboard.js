#!/usr/bin/env node
// The `flowboard` command. The CLI is TypeScript; tsx compiles it on the fly so
// `npx flowboard` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

// A bug that escapes main (thrown from a callback, a promise nobody awaits) is
// reported in one line as main reports its own; the stack only on request.
const lastResort = (e) => {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const stack = process.env.FLOWBOARD_DEBUG === '1' && e instanceof Error && e.stack ? `${e.stack}\n` : '';
  process.stderr.write(`flowboard: internal error (${what}). This is a bug in Flowboard: please report it with the command you ran; FLOWBOARD_DEBUG=1 shows where it happened.\n${stack}`);
  process.exit(1);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// wasm's threads run on worker_threads, which would keep the process alive.
(await import('../core/runtime/backend.ts')).endWasmThreads();
