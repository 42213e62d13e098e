import { poolOp } from './pool.ts';

export const MaxPool = poolOp(
  'MaxPool',
  'Keeps the largest value of each window, channel by channel: a 2x2 window with stride 2 halves the height and width ([?,28,28,32] -> [?,14,14,32]) while keeping the strongest response of every feature. Pooling makes the network care less about exactly where a stroke is and shrinks the work for the next layer. TF1: `tf.nn.max_pool(L1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding=\'SAME\')`.',
);
