import * as tf from '@tensorflow/tfjs-core';
import { fusedUpdate, registerFusedPass } from './fusedUpdate.ts';
import * as rmsPropWasm from './rmsPropWasm.ts';
import { oneMinus, slot, type UpdateRule } from './updateRule.ts';

const PASS = registerFusedPass({ name: 'rmsProp', source: rmsPropWasm, slots: 2 });
const CENTERED_PASS = registerFusedPass({ name: 'rmsPropCentered', source: rmsPropWasm, slots: 3 });

/**
 * TF1 ApplyRMSProp / ApplyCenteredRMSProp:
 *   ms += (grad^2 - ms) * (1 - decay)              ms starts at 1, as in TF1
 *   mg += (grad - mg) * (1 - decay)                centered only; starts at 0
 *   mom = mom * momentum + lr * grad / sqrt(ms [- mg^2] + eps)
 *   var -= mom
 * (tfjs starts ms at 0 and subtracts eps in the centered form.) On wasm the
 * same arithmetic runs as one fused pass (fusedUpdate.ts).
 */
export const rmsProp: UpdateRule = ({ value, gradient, slots, settings }) => {
  const { learningRate: lr, decay, rmsMomentum, rmsEpsilon, centered } = settings;
  const ms = slot(slots, 'rms', () => tf.onesLike(value));
  const mom = slot(slots, 'momentum', () => tf.zerosLike(value));
  const mg = centered ? slot(slots, 'mg', () => tf.zerosLike(value)) : undefined;
  const state = mg ? [ms, mom, mg] : [ms, mom];
  const fused = fusedUpdate(mg ? CENTERED_PASS : PASS, value, gradient, state, [lr, oneMinus(decay), rmsMomentum, rmsEpsilon]);
  if (fused) {
    state.forEach((s, i) => s.assign(fused[i + 1]));
    return fused[0];
  }
  return rmsPropOpByOp(value, gradient, ms, mom, mg, lr, decay, rmsMomentum, rmsEpsilon);
};

/** The same update as tfjs ops, for the other backends; centered when mg is given. */
export function rmsPropOpByOp(value: tf.Tensor, gradient: tf.Tensor, ms: tf.Variable, mom: tf.Variable, mg: tf.Variable | undefined, lr: number, decay: number, momentum: number, epsilon: number): tf.Tensor {
  const newMs = tf.add(ms, tf.mul(tf.sub(tf.square(gradient), ms), oneMinus(decay)));
  ms.assign(newMs);
  let meanSquare: tf.Tensor = newMs;
  if (mg) {
    const newMg = tf.add(mg, tf.mul(tf.sub(gradient, mg), oneMinus(decay)));
    mg.assign(newMg);
    meanSquare = tf.sub(newMs, tf.square(newMg));
  }
  const newMom = tf.add(tf.mul(mom, momentum), tf.div(tf.mul(gradient, lr), tf.sqrt(tf.add(meanSquare, epsilon))));
  mom.assign(newMom);
  return tf.sub(value, newMom);
}
