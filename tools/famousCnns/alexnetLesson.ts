/** The AlexNet template's lesson text. */
export const ALEXNET_LESSON = `# AlexNet

The network that won ImageNet in 2012 and started the deep learning boom,
here at its real size: 227x227 colour images in, 1,000 classes out, **62,378,344
parameters** and about 1.1 billion multiply-adds per image (the status bar
adds them up; hover a node for its own).

\`\`\`
layer    output         parameters
conv1    [?,55,55,96]       34,944
  pool   [?,27,27,96]            0
conv2    [?,27,27,256]     614,656
  pool   [?,13,13,256]           0
conv3    [?,13,13,384]     885,120
conv4    [?,13,13,384]   1,327,488
conv5    [?,13,13,256]     884,992
  pool   [?,6,6,256]             0
fc6      [?,4096]       37,752,832
fc7      [?,4096]       16,781,312
fc8      [?,1000]        4,097,000
total                   62,378,344
\`\`\`

\`\`\`python
X = tf.placeholder(tf.float32,
                   [None, 227, 227, 3])
W1 = tf.Variable(...)   # [11, 11, 3, 96]
L1 = tf.nn.relu(tf.nn.conv2d(
    X, W1, [1, 4, 4, 1], 'VALID') + b1)
L1 = tf.nn.max_pool(L1, [1, 3, 3, 1],
    [1, 2, 2, 1], 'VALID')  # [?,27,27,96]
\`\`\`

What to see:

- conv1: 96 filters of 11x11x3 at stride 4 turn 227x227 into
  (227 - 11) / 4 + 1 = 55 by 55; 11·11·3·96 weights and 96 biases make
  34,944 parameters. Pools of 3x3 at stride 2 overlap, as in the paper.
- The parameters sit in the dense layers: fc6 alone, 9,216·4,096 + 4,096,
  holds 37.8 million of the 62.4 million. The work sits in the
  convolutions: hover the Conv2D nodes to see conv1's 105 million and
  conv2's 448 million multiply-adds per image, against fc6's 38 million.
- fc6 and fc7 end in dropout; keep_prob is fed 0.5 while training and 1.0
  when testing, as in the paper.
- conv1 and conv2 end in local response normalisation (LRN, before the
  pool): each value is divided by (2 + 1e-4 * the sum of squares of the 5
  channels around it)^0.75, the paper's k, n, alpha and beta. It has no
  parameters.
- One difference from the paper: one tower. The paper split conv2, conv4
  and conv5 over two GPUs, so each of their filters saw half the channels
  and the net had about 61 million parameters.

## Train it on shapes

ImageNet does not ship with Flowboard. The session trains on **shapes**, a
small image set Flowboard generates: 32 training and 16 test images of
227x227x3 in four classes (0 horizontal stripes, 1 vertical stripes, 2 a
disc, 3 a square) in random colours, sizes and places over noise. The
labels are class numbers; \`Y_one_hot\` spreads them over the net's 1,000
classes, so the net first learns that only four are ever right.

Training uses momentum 0.9, as the paper did, at learning rate 0.001 on
batches of 8. Every step updates 62 million weights, which with their
gradients and momentum take about 0.75 GB: on a CPU a step takes seconds.
From a terminal:

\`\`\`
npx flowboard train samples/alexnet.flow.json
\`\`\`

## Next

[Open inception-mnist](flowboard:open=inception-mnist): GoogLeNet's inception module.
`;
