import { Log } from '../ops/Log.ts';
import { defineGrad } from './gradient.ts';

/** d(log x) = dy / x. */
export const LogGradient = defineGrad(Log, ({ b, dy, x: [x] }) => [() => b.op('Div', { x: dy, y: x })]);
