/** GoogLeNet's inception module (Szegedy et al. 2014) on MNIST: 1x1, 3x3, 5x5 and pooling branches concatenated on channels. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { GraphBuilder, type Ref } from './graphBuilder.ts';
import { mnistImages, mnistLabels, mnistSession } from './mnistInputs.ts';

const LESSON = `# GoogLeNet's inception module

GoogLeNet (2014) does not choose between a 1x1, a 3x3 and a 5x5 filter: an
**inception module** runs them side by side, with a 3x3 max pool as a fourth
branch, and concatenates the four outputs along the channels. 1x1
convolutions in front of the 3x3 and 5x5 ones first shrink the channels, so
the big filters stay cheap.

\`\`\`python
def conv(x, W):  # ReLU of a SAME convolution
    return tf.nn.relu(tf.nn.conv2d(
        x, W, [1, 1, 1, 1], 'SAME'))
b1 = conv(x, W_1x1)                 # 8
b2 = conv(conv(x, W_3x3_reduce), W_3x3)
b3 = conv(conv(x, W_5x5_reduce), W_5x5)
b4 = conv(tf.nn.max_pool(x, [1, 3, 3, 1],
          [1, 1, 1, 1], 'SAME'), W_pool_proj)
y = tf.concat([b1, b2, b3, b4], axis=3)
\`\`\`

\`\`\`
branch         output        parameters
stem 3x3, pool [?,14,14,16]  3*3*1*16 = 144
1x1            [?,14,14,8]   1*1*16*8 = 128
3x3_reduce     [?,14,14,8]   1*1*16*8 = 128
3x3            [?,14,14,16]  3*3*8*16 = 1,152
5x5_reduce     [?,14,14,4]   1*1*16*4 = 64
5x5            [?,14,14,8]   5*5*4*8  = 800
pool, proj     [?,14,14,8]   1*1*16*8 = 128
concat         [?,14,14,40]
logits         [?,10]  1960*10+10 = 19,610
total                             22,154
\`\`\`

What to see:

- All four branches keep 14x14 (SAME padding, and the pooling branch uses
  stride 1), so \`concat\` can join them: 8 + 16 + 8 + 8 = 40 channels.
  Collapse the branches' frames (▾) to see the module as a few boxes.
- The 5x5 branch costs 864 parameters instead of the 3,200 a 5x5 over all
  16 input channels would (5*5*16*8): hover \`5x5/Conv2D\` and
  \`5x5_reduce/Conv2D\` to compare their multiply-adds too.
- The convolutions have no biases here, to keep the picture small;
  GoogLeNet's have them.

## Train it

\`\`\`
npx flowboard train samples/inception-mnist.flow.json
\`\`\`

## Next

[Open resnet-mnist](flowboard:open=resnet-mnist): skip connections.
`;

/**
 * The four branches of one module, concatenated on channels. The branches'
 * first stages stack down column `col` (rows 0-9), their second stages sit
 * beside them in the next column, and Concat follows in the one after.
 */
function inceptionModule(b: GraphBuilder, x: Ref, col: number): Ref {
  // Each branch's frame needs room for its header: a branch takes 3.4 rows.
  const rows = [0.4, 3.8, 7.2, 10.6];
  const conv = (name: string, input: Ref, filter: [number, number, number, number], column: number, branch: number) =>
    b.cell(column, rows[branch]).conv(name, input, filter, { bias: false });
  const b1 = conv('1x1', x, [1, 1, 16, 8], col, 0);
  const reduce3 = conv('3x3_reduce', x, [1, 1, 16, 8], col, 1);
  const reduce5 = conv('5x5_reduce', x, [1, 1, 16, 4], col, 2);
  const pool = b.cell(col, rows[3]).pool('MaxPool', 'pool/MaxPool', x, 3, 1, 'SAME');
  const b2 = conv('3x3', reduce3, [3, 3, 8, 16], col + 1, 1);
  const b3 = conv('5x5', reduce5, [5, 5, 4, 8], col + 1, 2);
  const b4 = conv('pool_proj', pool, [1, 1, 16, 8], col + 1, 3);
  b.cell(col + 2, 4);
  return b.node('Concat', 'concat', { axis: 3 }, { values: [b1, b2, b3, b4] });
}

/** The inception-module template. */
export function inception(): GraphDocument {
  const b = new GraphBuilder();
  const inputs = mnistImages(b);
  const stem = b.pool('MaxPool', 'stem/MaxPool', b.column().conv('stem', inputs.image, [3, 3, 1, 16], { bias: false }), 2, 2);
  const module = inceptionModule(b, stem, 2);
  const pooled = b.pool('MaxPool', 'concat_pool', module, 2, 2);
  const flat = b.node('Reshape', 'flat', { shape: [-1, 1960] }, { x: pooled });
  const logits = b.column(0.4).dense('logits', flat, 1960, 10);
  // The loss and accuracy sit under the module's output.
  const y = mnistLabels(b.cell(4, 7.4));
  const tail = b.classifier(logits, y);
  return b.document(
    { title: 'GoogLeNet: an inception module', description: 'Famous CNNs: one inception module on MNIST, 1x1, 3x3, 5x5 and pooling branches concatenated on channels; 22,154 parameters.', lesson: LESSON },
    mnistSession({ x: inputs.x, y }, tail, 2),
  );
}
