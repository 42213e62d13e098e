import * as tf from '@tensorflow/tfjs-core';
import * as adamWasm from './adamWasm.ts';
import { fusedUpdate, registerFusedPass } from './fusedUpdate.ts';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

const PASS = registerFusedPass({ name: 'adam', source: adamWasm, slots: 2 });

/**
 * TF1 ApplyAdam, with its "epsilon hat" form:
 *   lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 *   m += (grad - m) * (1 - beta1);  v += (grad^2 - v) * (1 - beta2)
 *   var -= lr_t * m / (sqrt(v) + eps)
 * TF1 keeps beta1^t and beta2^t as float32 variables multiplied once per
 * step; here they and lr_t are computed in JS with float32 rounding at every
 * operation, which gives the same bits without six scalar kernels per
 * variable per step (a quarter of an MLP step on wasm).
 * (tfjs adds eps to the bias-corrected sqrt(v) instead.)
 * On wasm the same arithmetic runs as one fused pass (fusedUpdate.ts).
 */
export const adam: UpdateRule = ({ value, gradient, slots, t, settings: { learningRate: lr, beta1, beta2, epsilon } }) => {
  const m = slot(slots, 'm', () => tf.zerosLike(value));
  const v = slot(slots, 'v', () => tf.zerosLike(value));
  const alpha = adamStepSize(lr, beta1, beta2, t);
  const fused = fusedUpdate(PASS, value, gradient, [m, v], [alpha, oneMinus(beta1), oneMinus(beta2), epsilon]);
  if (fused) {
    m.assign(fused[1]);
    v.assign(fused[2]);
    return fused[0];
  }
  return adamOpByOp(value, gradient, m, v, alpha, beta1, beta2, epsilon);
};

/** lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t), rounded to float32 at every operation. */
export function adamStepSize(lr: number, beta1: number, beta2: number, t: number): number {
  const f = Math.fround;
  return f(f(f(lr) * f(Math.sqrt(f(1 - float32Power(beta2, t))))) / f(1 - float32Power(beta1, t)));
}

/** The same update as tfjs ops, for the other backends. */
export function adamOpByOp(value: tf.Tensor, gradient: tf.Tensor, m: tf.Variable, v: tf.Variable, alpha: number, beta1: number, beta2: number, epsilon: number): tf.Tensor {
  const newM = tf.add(m, tf.mul(tf.sub(gradient, m), oneMinus(beta1)));
  const newV = tf.add(v, tf.mul(tf.sub(tf.square(gradient), v), oneMinus(beta2)));
  m.assign(newM);
  v.assign(newV);
  return tf.sub(value, tf.div(tf.mul(newM, alpha), tf.add(tf.sqrt(newV), epsilon)));
}

/** The last power computed per beta: training asks for t, t+1, t+2 ... */
const lastPower = new Map<number, { t: number; value: number }>();

/**
 * beta^t as a float32 running product, as TF1's beta power variable holds it
 * (the product of two float32 numbers is exact in float64, so fround of it is
 * the float32 product). Sequential calls cost one multiply each.
 */
export function float32Power(beta: number, t: number): number {
  const b = Math.fround(beta);
  let { t: k, value } = lastPower.get(beta) ?? { t: 0, value: 1 };
  if (k > t) [k, value] = [0, 1];
  for (; k < t; k++) value = Math.fround(value * b);
  lastPower.set(beta, { t, value });
  return value;
}
