/**
 * The course's mnist-xavier and mnist-cnn written as a TensorFlow.js user
 * would, for bench/mnistSpeed.bench.ts: idiomatically with ops and
 * `optimizer.minimize` (tape autodiff), and with Layers (`tf.sequential`,
 * `model.fit`). Same shapes, initializers and optimizer as the samples.
 */
import * as tf from '@tensorflow/tfjs';
import { filterGradByCorrelation } from '../../core/compile/lower/convFilterGrad.ts';

export interface TfjsModel {
  /** Trains on consecutive batches of 100 of `xs`/`ys` (rows `from` ...). */
  train(xs: tf.Tensor, ys: tf.Tensor, from: number, steps: number): Promise<void>;
  dispose(): void;
}

const BATCH = 100;
const glorot = (shape: number[]) => tf.variable(tf.initializers.glorotUniform({ seed: 1 }).apply(shape));
const normal = (shape: number[], stddev = 1) => tf.variable(tf.randomNormal(shape, 0, stddev, 'float32', 2));

/** ops + optimizer.minimize; `cnn` selects the course's CNN, else the 784-256-256-10 Xavier MLP. */
export function idiomatic(cnn: boolean): TfjsModel {
  const vars = cnn
    ? [normal([3, 3, 1, 32], 0.01), normal([3, 3, 32, 64], 0.01), glorot([3136, 10]), normal([10])]
    : [glorot([784, 256]), normal([256]), glorot([256, 256]), normal([256]), glorot([256, 10]), normal([10])];
  const optimizer = tf.train.adam(0.001);
  const logits = (x: tf.Tensor): tf.Tensor => {
    if (!cnn) {
      const [w1, b1, w2, b2, w3, b3] = vars;
      const h1 = tf.relu(tf.add(tf.matMul(x, w1), b1));
      const h2 = tf.relu(tf.add(tf.matMul(h1, w2), b2));
      return tf.add(tf.matMul(h2, w3), b3);
    }
    const [w1, w2, w3, b] = vars;
    const block = (h: tf.Tensor, w: tf.Tensor) => tf.maxPool(tf.relu(conv(h as tf.Tensor4D, w as tf.Tensor4D)) as tf.Tensor4D, 2, 2, 'same');
    const l2 = block(block(tf.reshape(x, [-1, 28, 28, 1]), w1), w2);
    return tf.add(tf.matMul(tf.reshape(l2, [-1, 3136]), w3), b);
  };
  return {
    async train(xs, ys, from, steps) {
      for (let s = 0; s < steps; s++) {
        const start = ((from + s) * BATCH) % xs.shape[0];
        tf.tidy(() => {
          const x = tf.slice(xs, [start, 0], [BATCH, 784]);
          const y = tf.slice(ys, [start, 0], [BATCH, 10]);
          optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, logits(x)) as tf.Scalar, false, vars);
        });
      }
      await vars[vars.length - 1].data();
    },
    dispose() {
      tf.dispose(vars);
      optimizer.dispose();
    },
  };
}

/**
 * tfjs-wasm has no Conv2DBackpropFilter kernel, so tf.grads of tf.conv2d
 * throws there; a user has to supply the gradient. This is the least such
 * workaround: tfjs's own input gradient (conv2dTranspose) and, for the filter,
 * the XNNPACK formulation Flowboard uses, which makes the baseline stronger.
 */
const conv = tf.customGrad(((x: tf.Tensor4D, w: tf.Tensor4D, save: tf.GradSaveFunc) => {
  save([x, w]);
  return {
    value: tf.conv2d(x, w, 1, 'same'),
    gradFunc: (dy: tf.Tensor4D, [xs, ws]: tf.Tensor[]) => [
      tf.conv2dTranspose(dy, ws as tf.Tensor4D, xs.shape as [number, number, number, number], 1, 'same'),
      filterGradByCorrelation(xs as tf.Tensor4D, dy, ws.shape, [1, 1], 'SAME'),
    ],
  };
}) as never) as (x: tf.Tensor4D, w: tf.Tensor4D) => tf.Tensor4D;

/** tf.sequential + model.fit: dense layers for the MLP; conv2d/maxPooling2d/flatten/dense for the CNN. */
export function layers(cnn: boolean): TfjsModel {
  const model = tf.sequential();
  const normalInit = (stddev: number) => tf.initializers.randomNormal({ mean: 0, stddev, seed: 3 });
  if (cnn) {
    model.add(tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [784] }));
    for (const filters of [32, 64]) {
      model.add(tf.layers.conv2d({ filters, kernelSize: 3, padding: 'same', activation: 'relu', useBias: false, kernelInitializer: normalInit(0.01) }));
      model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2, padding: 'same' }));
    }
    model.add(tf.layers.flatten());
    model.add(tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: 'glorotUniform', biasInitializer: normalInit(1) }));
  } else {
    model.add(tf.layers.dense({ units: 256, activation: 'relu', inputShape: [784], kernelInitializer: 'glorotUniform', biasInitializer: normalInit(1) }));
    model.add(tf.layers.dense({ units: 256, activation: 'relu', kernelInitializer: 'glorotUniform', biasInitializer: normalInit(1) }));
    model.add(tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: 'glorotUniform', biasInitializer: normalInit(1) }));
  }
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  return {
    async train(xs, ys, from, steps) {
      // One fit per stretch of consecutive rows, wrapping round at the end of the data.
      for (let done = 0; done < steps; ) {
        const start = ((from + done) * BATCH) % xs.shape[0];
        const batches = Math.min(steps - done, (xs.shape[0] - start) / BATCH);
        const [x, y] = [tf.slice(xs, [start, 0], [batches * BATCH, 784]), tf.slice(ys, [start, 0], [batches * BATCH, 10])];
        await model.fit(x, y, { batchSize: BATCH, epochs: 1, shuffle: false, verbose: 0 });
        tf.dispose([x, y]);
        done += batches;
      }
    },
    dispose() {
      model.dispose();
    },
  };
}

let registered = false;

/**
 * Gives tfjs-wasm the Conv2DBackpropFilter kernel it lacks (the XNNPACK
 * formulation Flowboard lowers to), process-wide, so Layers' conv2d can train
 * on wasm: the one change a Layers user would have to make.
 */
export function registerWasmFilterGradient(): void {
  if (registered) return;
  registered = true;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, dy } = inputs as { x: tf.Tensor4D; dy: tf.Tensor4D };
      const { strides, pad, filterShape } = attrs as unknown as { strides: number | [number, number]; pad: string; filterShape: number[] };
      const s: [number, number] = typeof strides === 'number' ? [strides, strides] : strides;
      // A kernel may return a Tensor; the engine keeps it as the output.
      return filterGradByCorrelation(x, dy, filterShape, s, pad === 'same' ? 'SAME' : 'VALID');
    },
  });
}
