/** The AlphaGo template's lesson text. */
export const ALPHAGO_LESSON = `# AlphaGo's policy network

AlphaGo (2016) reads a Go board as an image: 19x19 points, each described
by **48 feature planes** (whose stone is there, liberties, how long ago it
was played, ladders, ...), so a position is a [19,19,48] tensor. The policy
network answers "where would a strong player move?" with a probability for
each of the 361 points.

The first layer has 192 filters of 5x5. To keep the 19x19 size with a
VALID convolution, the board is first **padded** with two rows and columns
of zeros on each side: 19 + 2 + 2 = 23, and 23 - 5 + 1 = 19.

\`\`\`python
pad2 = [[0, 0], [2, 2], [2, 2], [0, 0]]
x = tf.pad(board, pad2)    # [?,23,23,48]
h1 = tf.nn.relu(tf.nn.conv2d(x, W1,
    [1, 1, 1, 1], 'VALID') + b1)
                          # [?,19,19,192]
pad1 = [[0, 0], [1, 1], [1, 1], [0, 0]]
h2 = tf.nn.relu(tf.nn.conv2d(
    tf.pad(h1, pad1), W2,
    [1, 1, 1, 1], 'VALID') + b2)
s = tf.nn.conv2d(h2, W_out,
    [1, 1, 1, 1], 'VALID')  # [?,19,19,1]
policy = tf.nn.softmax(
    tf.reshape(s, [-1, 361]) + b_out)
\`\`\`

\`\`\`
layer    output          parameters
board    [?,19,19,48]
pad 2    [?,23,23,48]
conv1    [?,19,19,192]   5*5*48*192+192
                            = 230,592
pad 1    [?,21,21,192]
conv2    [?,19,19,192]   3*3*192*192+192
                            = 331,968
output   [?,361]         192 + 361 = 553
total                       563,113
\`\`\`

What to see:

- Follow the shapes: Pad adds 4 to each side length, the 5x5 VALID
  convolution takes 4 away. Every layer keeps the board 19x19, so each
  point of the output still stands for a point of the board.
- conv2 is one of the paper's eleven identical 3x3 layers (layers 2 to
  12); with all of them the net has 230,592 + 11 * 331,968 + 553 =
  3,882,793 parameters.
- The output layer is a 1x1 convolution to one map plus a bias for every
  point (\`output/b\`, 361 values), then a softmax over the points.
- Run \`policy\` (select it, then Run): the session feeds the empty
  board, black to play (the empty, ones and "sensible move" planes are 1,
  the others 0). Untrained, the net spreads its probability over all 361
  points.
- This template is for shapes and parameters: it has no loss. AlphaGo
  learned from 30 million positions of expert games (and then from playing
  itself), which Flowboard does not ship.

## Next

[Open lenet-5](flowboard:open=lenet-5): back to the first of the famous CNNs.
`;
