/** The Kim's-CNN template's lesson text; it lists the vocabulary and the sentences, so it is built from them. */
import { encode, TEST_SENTENCES, TRAIN_SENTENCES } from './sentences.ts';

const listed = (set: typeof TRAIN_SENTENCES) => set.map(([text, label]) => `${label === 1 ? '+' : '-'} ${text}`).join('\n');

/** The lesson for a vocabulary `words` (index 0 first). */
export function kimLesson(words: readonly string[]): string {
  return `# Kim's CNN for sentences

Yoon Kim (2014) showed that a single convolution layer over word vectors
classifies sentences well. A sentence is a row of word indices; an
**embedding** turns each into a learned vector, so the sentence becomes a
10x16 "image" (words by vector values). Filters 3, 4 and 5 words wide slide
down it, each looking at a whole word vector at a time; **max over time**
keeps each filter's strongest match anywhere in the sentence.

\`\`\`python
emb = tf.nn.embedding_lookup(W, X)
emb = tf.expand_dims(emb, -1)  # [?,10,16,1]
pooled = []
for h in [3, 4, 5]:  # 8 filters, h words
    c = tf.nn.relu(tf.nn.conv2d(emb, W_h,
        [1, 1, 1, 1], 'VALID') + b_h)
    pooled.append(tf.nn.max_pool(c,
        [1, 11 - h, 1, 1], [1, 1, 1, 1],
        'VALID'))              # [?,1,1,8]
h = tf.reshape(tf.concat(pooled, 3),
               [-1, 24])
h = tf.nn.dropout(h, keep_prob)
logits = tf.matmul(h, W_out) + b_out
\`\`\`

\`\`\`
layer        output        parameters
embedding/W  [${words.length},16]       ${words.length}*16    = ${(words.length * 16).toLocaleString('en-US')}
conv3        [?,8,1,8]     3*16*8+8 =   392
conv4        [?,7,1,8]     4*16*8+8 =   520
conv5        [?,6,1,8]     5*16*8+8 =   648
concat       [?,1,1,24]
output       [?,2]         24*2+2   =    50
\`\`\`

What to see:

- \`embedding/lookup\` is a Gather: each word index picks its row of
  \`embedding/W\`. Its gradient (Show gradients) adds back only into the
  rows of the words in the batch.
- The three widths see 8, 7 and 6 positions of a 10-word sentence; after
  max over time all three are one number per filter, whatever the width,
  so Concat can join them: 24 features.
- Kim used 300-wide word2vec vectors, 100 filters of each width and
  keep_prob 0.5 on real movie reviews; this one is small enough to train
  in seconds.

## How words become indices

Index 0 is \`<pad>\`, which fills every sentence up to 10 words; then each
word of the training sentences in order of first appearance:

\`\`\`
${wrapped(words.map((w, i) => `${i} ${w}`))}
\`\`\`

"a warm and funny film" becomes [${encode(TRAIN_SENTENCES[0][0], words).join(', ')}].

## The sentences

The session trains on these 32 (+ positive, - negative), keep_prob 0.5:

\`\`\`
${listed(TRAIN_SENTENCES)}
\`\`\`

and evaluates accuracy on 8 it never trains on, keep_prob 1.0:

\`\`\`
${listed(TEST_SENTENCES)}
\`\`\`

## Train it

Train runs 200 steps of Adam (learning rate 0.01) on all 32 sentences,
a few seconds; with the session's seed (777) it then classifies all 8
held-out sentences right (accuracy 1). From a terminal:

\`\`\`
npx flowboard train samples/kim-cnn.flow.json
\`\`\`

## Next

[Open alphago-policy](flowboard:open=alphago-policy): a Go board as a 48-plane image.
`;
}

/** Vocabulary entries, several to a line, lines of at most 44 characters. */
function wrapped(entries: string[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 2 + e.length <= 44) lines[last] += `  ${e}`;
    else lines.push(e);
  }
  return lines.join('\n');
}

