/** A small ResNet (He et al. 2015) on MNIST: a 3x3 stem and two residual blocks whose input is added back to their output. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder, type Ref } from './graphBuilder.ts';
import { mnistImages, mnistLabels, mnistSession } from './mnistInputs.ts';

const LESSON = `# A small ResNet

ResNet won ImageNet in 2015 with 152 layers. Stacking that many layers used
to make training worse, not better; ResNet's fix is the **skip connection**:
each block learns only a correction F(x) to its input, and adds the input
back, y = ReLU(F(x) + x). This template has two such blocks on MNIST:

\`\`\`python
def block(x):       # x: [?,28,28,16]
    h = tf.nn.relu(tf.nn.conv2d(
        x, W1, [1, 1, 1, 1], 'SAME'))
    h = tf.nn.conv2d(
        h, W2, [1, 1, 1, 1], 'SAME')
    return tf.nn.relu(h + x)  # the skip
\`\`\`

\`\`\`
layer   output        parameters
stem    [?,28,28,16]  3*3*1*16     =    144
block1  [?,28,28,16]  2*3*3*16*16  =  4,608
pool1   [?,14,14,16]                      0
block2  [?,14,14,16]  2*3*3*16*16  =  4,608
pool2   [?,7,7,16]                        0
logits  [?,10]        784*10+10    =  7,850
total                                17,210
\`\`\`

What to see:

- Each block's \`skip\` node is an Add of two wires: the block's input,
  which goes around the two convolutions, and their output. The skip has no
  parameters, so the block's shape cannot change: SAME padding and 16
  filters keep [?,28,28,16].
- Show gradients (the toolbar) after a step: at each skip the gradient
  splits, and one part reaches the block's input without passing through
  the convolutions. That short path is what lets very deep ResNets train.
- The convolutions have no biases, as in ResNet, where batch normalisation
  follows each one (this template leaves batch normalisation out).

## Train it

\`\`\`
npx flowboard train samples/resnet-mnist.flow.json
\`\`\`

## Next

[Open kim-cnn](flowboard:open=kim-cnn): a CNN over the words of a sentence.
`;

/**
 * Two 3x3 convolutions (16 filters, no bias) with the block's input added
 * back before the last ReLU. One name scope for the whole block, so its
 * frame (and its parameter total) is the block's.
 */
function residualBlock(b: GraphBuilder, scope: string, x: Ref): Ref {
  const conv = (i: number, input: Ref) =>
    b.node('Conv2D', `${scope}/conv${i}`, { strides: [1, 1, 1, 1], padding: 'SAME' }, { input, filter: b.variable(`${scope}/W${i}`, [3, 3, 16, 16], { kind: 'heNormal' }) });
  b.column();
  const h = b.node('Relu', `${scope}/relu1`, {}, { x: conv(1, x) });
  b.column();
  const f = conv(2, h);
  return b.node('Relu', `${scope}/Relu`, {}, { x: b.node('Add', `${scope}/skip`, {}, { x: f, y: x }) });
}

/** The small-ResNet template. */
export function resnet(): GraphDocument {
  const b = new GraphBuilder();
  const inputs = mnistImages(b);
  const stem = b.column().conv('stem', inputs.image, [3, 3, 1, 16], { bias: false });
  const pool1 = b.gap().pool('MaxPool', 'pool1', residualBlock(b, 'block1', stem), 2, 2);
  const pool2 = b.gap().pool('MaxPool', 'pool2', residualBlock(b, 'block2', pool1), 2, 2);
  const flat = b.column().node('Reshape', 'flat', { shape: [-1, 784] }, { x: pool2 });
  const logits = b.gap().dense('logits', flat, 784, 10);
  // The loss and accuracy sit under the last block.
  const y = mnistLabels(b.cell(5, 7));
  const tail = b.classifier(logits, y);
  return b.document(
    { title: 'ResNet: skip connections', description: 'Famous CNNs: a small ResNet on MNIST, two residual blocks whose input is added back to their output; 17,210 parameters.', lesson: LESSON },
    mnistSession({ x: inputs.x, y }, tail, 2),
  );
}
