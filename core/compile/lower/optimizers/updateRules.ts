import type { OptimizerKind } from '../../../ops/optimizerAttrs.ts';
import { adadelta } from './Adadelta.ts';
import { adagrad } from './Adagrad.ts';
import { adam } from './Adam.ts';
import { gradientDescent } from './GradientDescent.ts';
import { momentum } from './Momentum.ts';
import { rmsProp } from './RMSProp.ts';
import type { UpdateRule } from './updateRule.ts';

/** Every optimizer's update rule, by the Minimize attr that picks it. */
export const UPDATE_RULES: Record<OptimizerKind, UpdateRule> = {
  Adadelta: adadelta,
  Adagrad: adagrad,
  Adam: adam,
  GradientDescent: gradientDescent,
  Momentum: momentum,
  RMSProp: rmsProp,
};
