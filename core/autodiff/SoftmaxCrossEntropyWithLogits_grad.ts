import { SoftmaxCrossEntropyWithLogits } from '../ops/SoftmaxCrossEntropyWithLogits.ts';
import { defineGrad, lazy } from './gradient.ts';

/**
 * TF1 nn_grad's _SoftmaxCrossEntropyWithLogitsGrad: per example the loss's
 * gradient dy (one number) times softmax(logits) - labels for the logits, and
 * times -log_softmax(logits) for the labels. log_softmax is built the stable
 * way, logits - max - log(sum(exp(logits - max))).
 */
export const SoftmaxCrossEntropyWithLogitsGradient = defineGrad(SoftmaxCrossEntropyWithLogits, ({ b, dy, x: [labels, logits] }) => {
  const perClass = lazy(() => b.op('ExpandDims', { x: dy }, { axis: -1 }));
  return [
    () => {
      const shifted = b.op('Sub', { x: logits, y: b.op('ReduceMax', { x: logits }, { axis: [-1], keepDims: true }) });
      const logSumExp = b.op('Log', { x: b.op('ReduceSum', { x: b.op('Exp', { x: shifted }) }, { axis: [-1], keepDims: true }) });
      const negLogSoftmax = b.op('Sub', { x: logSumExp, y: shifted });
      return b.op('Mul', { x: perClass(), y: negLogSoftmax });
    },
    () => b.op('Mul', { x: perClass(), y: b.op('Sub', { x: b.op('Softmax', { x: logits }, { axis: -1 }), y: labels }) }),
  ];
});
