import * as tf from '@tensorflow/tfjs-core';
import { Rank } from '../../ops/Rank.ts';
import { defineLowering } from '../lowering.ts';

export const RankLowering = defineLowering(Rank, () => ([x]) => tf.scalar(x.rank, 'int32'));
