/**
 * The course's full-batch lessons imported into Flowboard end where the same
 * programs end in TensorFlow (see lessonCheck.ts). The vanishing-gradient
 * pair runs in lessonsDeep.tf.test.ts, beside this file. lesson13_minibatch
 * is left out: it shuffles with np.random.permutation and no NumPy seed, so
 * TF's own runs differ from each other.
 */
import { describeLessons } from './lessonCheck.ts';

describeLessons([
  'lesson02_linear_regression.py', 'lesson03_linear_regression_feed.py', 'lesson04_multi_variable.py', 'lesson05_xor_logistic.py', 'lesson06_xor_nn.py',
  'lesson07_xor_deep.py', 'lesson07_xor_wide.py', 'lesson09_init_zeros.py', 'lesson10_softmax.py', 'lesson11_softmax_logits.py', 'lesson12_tensorboard.py',
]);
