// A worker thread of `flowboard sweep --jobs N`: TypeScript through tsx, as bin/flowboard.js runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../cli/sweepWorker.ts');
