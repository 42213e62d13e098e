import { MatMul } from '../ops/MatMul.ts';
import { defineGrad } from './gradient.ts';

/**
 * For C = A B: dA = dC B^T and dB = A^T dC; with transposed operands the
 * factors swap places (tfjs BatchMatMul_grad.ts). The transposes are MatMul's
 * own flags, which the wasm lowering turns into explicit transposes.
 */
export const MatMulGradient = defineGrad(MatMul, ({ b, dy, x: [a, bb], attrs: { transposeA: ta, transposeB: tb } }) => {
  const mm = (l: typeof dy, r: typeof dy, transposeA: boolean, transposeB: boolean) => b.op('MatMul', { a: l, b: r }, { transposeA, transposeB });
  if (!ta && !tb) return [() => mm(dy, bb, false, true), () => mm(a, dy, true, false)];
  if (!ta && tb) return [() => mm(dy, bb, false, false), () => mm(dy, a, true, false)];
  if (ta && !tb) return [() => mm(bb, dy, false, true), () => mm(a, dy, false, false)];
  return [() => mm(bb, dy, true, true), () => mm(dy, a, true, true)];
});
