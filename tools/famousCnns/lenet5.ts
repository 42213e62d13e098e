/** LeNet-5 (LeCun et al. 1998) on MNIST: two 5x5 convolutions with subsampling, then 120, 84 and 10 units. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder } from './graphBuilder.ts';
import { mnistImages, mnistLabels, mnistSession } from './mnistInputs.ts';

const LESSON = `# LeNet-5

Yann LeCun's network for reading handwritten digits (1998), the first of the
course's famous CNNs: convolution, subsampling, convolution, subsampling,
then three fully connected layers. Hover any node to see its parameters and
multiply-adds; the status bar adds them up for the whole net: **61,706
parameters**.

\`\`\`
layer  output        parameters
C1     [?,28,28,6]   5*5*1*6+6     =    156
S2     [?,14,14,6]                        0
C3     [?,10,10,16]  5*5*6*16+16   =  2,416
S4     [?,5,5,16]                         0
F5     [?,120]       400*120+120   = 48,120
F6     [?,84]        120*84+84     = 10,164
out    [?,10]        84*10+10      =    850
total                                61,706
\`\`\`

C1 has 6 filters of 5x5, S2 and S4 average 2x2 windows with stride 2,
C3 has 16 filters of 5x5x6, and F5, F6 and the output are dense layers:

\`\`\`python
C1 = tf.nn.tanh(tf.nn.conv2d(
    X_img, W1, [1, 1, 1, 1], 'SAME') + b1)
S2 = tf.nn.avg_pool(C1, [1, 2, 2, 1],
    [1, 2, 2, 1], 'VALID')
C3 = tf.nn.tanh(tf.nn.conv2d(
    S2, W3, [1, 1, 1, 1], 'VALID') + b3)
S4 = tf.nn.avg_pool(C3, ...)
F5 = tf.nn.tanh(tf.matmul(
    tf.reshape(S4, [-1, 400]), W5) + b5)
\`\`\`

What to see:

- Almost all of the weights sit in the dense layers (F5 alone holds 48,120),
  while the convolutions, which do most of the work, hold 2,572: a filter is
  shared by every position of the image.
- The cost runs the other way: hover C1 and C3's Conv2D nodes to see that
  they need far more multiply-adds per image than the dense layers.
- The original net reads 32x32 images with VALID padding in C1; SAME
  padding on MNIST's 28x28 gives the same 28x28x6 maps and the same
  parameters. The original used scaled tanh units and trainable subsampling;
  here they are tanh and average pooling.

## Train it

Train runs epochs of 100 images with Adam (learning rate 0.001) on MNIST's
55,000 training images and evaluates \`accuracy\` on the 10,000 test images.
From a terminal:

\`\`\`
npx flowboard train samples/lenet-5.flow.json
\`\`\`

## Next

[Open alexnet](flowboard:open=alexnet): AlexNet at its real size.
`;

/** The LeNet-5 template. */
export function lenet5(): GraphDocument {
  const b = new GraphBuilder();
  const inputs = mnistImages(b);
  const c1 = b.column().conv('C1', inputs.image, [5, 5, 1, 6], { activation: 'Tanh', init: { kind: 'glorotUniform' } });
  const s2 = b.gap().pool('AvgPool', 'S2', c1, 2, 2);
  const c3 = b.column().conv('C3', s2, [5, 5, 6, 16], { padding: 'VALID', activation: 'Tanh', init: { kind: 'glorotUniform' } });
  const s4 = b.gap().pool('AvgPool', 'S4', c3, 2, 2);
  const flat = b.column().node('Reshape', 'S4_flat', { shape: [-1, 400] }, { x: s4 });
  const f5 = b.gap().dense('F5', flat, 400, 120, 'Tanh');
  const f6 = b.column().dense('F6', f5, 120, 84, 'Tanh');
  const logits = b.column().dense('logits', f6, 84, 10);
  // The loss and accuracy sit under the dense layers.
  const y = mnistLabels(b.cell(3, 8));
  const tail = b.classifier(logits, y);
  return b.document(
    { title: 'LeNet-5', description: 'Famous CNNs: LeNet-5 on MNIST, two 5x5 convolutions with average pooling and three dense layers; 61,706 parameters.', lesson: LESSON },
    mnistSession({ x: inputs.x, y }, tail, 2),
  );
}
