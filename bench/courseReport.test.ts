import { describe, expect, it } from 'vitest';
import { courseMarkdownTable, courseReport, courseTable, machine, seedSummaries, trainingData } from './courseReport.ts';
import { COURSE_SAMPLES } from './courseSamples.ts';

const [softmax, nn, xavier] = COURSE_SAMPLES;
const result = (accuracy: number, trainingExamples = 55000, seed = 777) => ({ accuracy, epochs: 15, seed, split: 'train-55k' as const, trainingExamples, rate: 1234.4, trainSeconds: 300, loadSeconds: 1, evalSeconds: 2, finalLoss: 0.25 });

describe('course table', () => {
  const rows = [
    { sample: softmax, backend: 'wasm', result: result(0.9041) },
    { sample: nn, backend: 'wasm', result: result(0.9401) },
    { sample: xavier, backend: 'wasm', error: 'out of memory' },
  ];

  it('puts the course\'s accuracy beside Flowboard\'s and says whether it is met', () => {
    const md = courseMarkdownTable(rows);
    expect(md.split('\n')[0]).toBe('| sample | seed | course accuracy | Flowboard test accuracy | epochs | s/epoch | examples/s | backend | meets course |');
    expect(md).toContain('| mnist-softmax | 777 | 0.9035 | 0.9041 | 15 | 20.0 | 1234 | wasm | yes |');
    expect(md).toContain('| mnist-nn | 777 | 0.9455 | 0.9401 | 15 | 20.0 | 1234 | wasm | NO |');
    expect(md).toContain('| mnist-xavier | own | 0.9779 | failed: out of memory |');
    expect(courseMarkdownTable([{ sample: xavier, seed: 3, backend: 'wasm' }])).toContain('| mnist-xavier | 3 | 0.9779 | not run yet |');
    expect(courseTable(rows).split('\n')[2]).toMatch(/^mnist-softmax\s+777\s+0\.9035\s+0\.9041\s+15\s+20\.0\s+1234\s+wasm\s+yes$/);
  });

  it('writes the date, the machine and the command with the table', () => {
    const text = courseReport(rows, { date: new Date('2026-01-02T03:04:05Z'), command: 'npm run bench:course', notes: ['a note'] });
    expect(text).toMatch(/^# Course table, 2026-01-02 03:04 UTC\n\nMachine: .+, \d+ cores, Node v\d+/);
    expect(text).toContain('Command: `npm run bench:course`.');
    expect(text).toContain('Training data: train-55k (');
    expect(text).toContain('- mnist-softmax (seed 777): 300 s training');
    expect(text).toContain('a note');
    expect(machine()).toContain(`Node ${process.version}`);
  });

  it('says which training images the samples used', () => {
    expect(trainingData(rows)).toBe("train-55k (training images 5,001 to 60,000: TF1 read_data_sets' mnist.train, the course's training data)");
    expect(trainingData([{ sample: softmax, backend: 'wasm', result: result(0.9, 10000) }])).toMatch(/^the first 10000 images of train-55k \(/);
    expect(trainingData([{ sample: softmax, backend: 'wasm', result: { ...result(0.9, 60000), split: 'train' } }, rows[0]])).toBe("train (all 60,000 training images); train-55k (training images 5,001 to 60,000: TF1 read_data_sets' mnist.train, the course's training data)");
    expect(trainingData([rows[2]])).toBe('no sample has finished');
  });

  it('sums up a sample trained with several seeds', () => {
    const seeded = [0.9884, 0.9876, 0.9885].map((a, i) => ({ sample: COURSE_SAMPLES[5], seed: i + 1, backend: 'wasm', result: result(a, 55000, i + 1) }));
    expect(seedSummaries([...rows, ...seeded])).toEqual(["- mnist-cnn over 3 seeds: mean 0.9882 ± 0.0005 (std), 0.9876 to 0.9885; 1 of 3 reach the course's 0.9885"]);
    expect(courseReport(seeded, { date: new Date(), command: 'c', notes: [] })).toContain('| mnist-cnn | 2 | 0.9885 | 0.9876 |');
  });
});
