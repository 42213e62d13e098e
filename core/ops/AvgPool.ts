import { poolOp } from './pool.ts';

export const AvgPool = poolOp(
  'AvgPool',
  'Averages each window, channel by channel: a 2x2 window with stride 2 halves the height and width. Smoother than MaxPool; with SAME padding the padded positions are left out of the average. TF1: `tf.nn.avg_pool(x, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding=\'SAME\')`.',
);
