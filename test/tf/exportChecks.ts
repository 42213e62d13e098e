/**
 * The comparisons of exports.tf.test.ts: what an exported program printed
 * in TensorFlow against Flowboard's run of the same document, as a list of
 * disagreements (empty when they agree) and a line of what was compared.
 */
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import { isMnist } from './exportPrograms.ts';
import type { FlowboardRun } from './sampleRun.ts';

export interface ProgramRun {
  prints: unknown[][];
  variables?: Record<string, number[]>;
  /** Keras: the model's output on the probe before training. */
  probe?: number[][];
  error?: string;
}

export interface Verdict {
  problems: string[];
  /** What was compared, Flowboard / TensorFlow. */
  seen: string;
}

/** Relative difference, against the larger of the two. */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-30);

/**
 * A --to python program: the loss its training loop printed last against Flowboard's log of the same step
 * (5%), the evaluated fetches (the loss 5%, accuracy exactly, one test image of slack on MNIST) and the
 * predictions (5%). With `masks` (Dropout drawing its own masks on each side) 15% and 0.1.
 */
export function checkPython(doc: GraphDocument, masks: boolean, ours: FlowboardRun, theirs: ProgramRun, testImages: number): Verdict {
  const mnist = isMnist(doc);
  // With Dropout's masks the bounds are looser. Otherwise one test image of slack for float rounding: accuracies
  // are multiples of 1/testImages, kept as float32 (0.61 - 0.6095 came out a hair over 1/2000), so half an image more.
  const lossBound = masks ? 0.15 : 0.05;
  const accuracyBound = masks ? 0.1 : mnist ? 1.5 / testImages : 0;
  const problems: string[] = [];
  // What was compared, Flowboard / TensorFlow, printed for the record.
  const seen: string[] = [];

  const loops = theirs.prints.filter((p) => typeof p[0] === 'number');
  if (doc.session?.train !== undefined) {
    // The last line the training loop printed: (step or epoch, loss, ...) against Flowboard's log of the same step.
    const last = loops.at(-1);
    const step = mnist ? ours.logs.at(-1)!.step : (last?.[0] as number);
    const log = ours.logs.find((l) => l.step === step);
    if (!last || !log) problems.push(`no logged loss to compare (TensorFlow printed ${loops.length} loop lines)`);
    else {
      if (rel(log.loss, last[1] as number) > lossBound) problems.push(`loss at step ${step}: Flowboard ${log.loss}, TensorFlow ${last[1]} (bound ${lossBound * 100}%)`);
      seen.push(`loss at step ${step} ${log.loss.toPrecision(5)} / ${(last[1] as number).toPrecision(5)}`);
    }
  }
  for (const [label, value] of theirs.prints.filter((p) => typeof p[0] === 'string') as [string, NestedNumbers][]) {
    if (label in ours.metrics) {
      const bound = label === doc.nodes.find((n) => n.id === doc.session!.fetches.find((f) => f.role === 'loss')?.node)?.name ? lossBound : accuracyBound;
      const off = label === 'accuracy' || bound === accuracyBound ? Math.abs(ours.metrics[label] - (value as number)) : rel(ours.metrics[label], value as number);
      if (off > bound) problems.push(`${label} after training: Flowboard ${ours.metrics[label]}, TensorFlow ${value} (bound ${bound})`);
      seen.push(`${label} ${ours.metrics[label].toPrecision(5)} / ${(value as number).toPrecision(5)}`);
    } else if (label in ours.predictions) {
      const [a, b] = [[ours.predictions[label]].flat(9) as number[], [value].flat(9) as number[]];
      const worst = Math.max(...b.map((e, k) => Math.abs(a[k] - e) / Math.max(Math.abs(e), 0.05)));
      if (a.length !== b.length || worst > 0.05) problems.push(`${label}: Flowboard [${a.map((v) => v.toPrecision(4))}], TensorFlow [${b.map((v) => v.toPrecision(4))}]`);
      seen.push(`${label} within ${(worst * 100).toPrecision(2)}%`);
    } else problems.push(`TensorFlow printed ${label}, which Flowboard's run has no value for`);
  }
  return { problems, seen: seen.join('; ') };
}

/**
 * A --to keras program: the model's output on the probe before training equals Flowboard's (1e-4), and after
 * the epoch the test loss and accuracy are Flowboard's (2% and 0.005: Keras's Adam puts epsilon outside the bias
 * correction, TF1's inside; 15% and 0.1 with `masks`), below the first batch's loss.
 */
export function checkKeras(masks: boolean, ours: FlowboardRun, theirs: ProgramRun): Verdict {
  const problems: string[] = [];

  const a = [ours.probed].flat(9) as number[];
  const b = (theirs.probe ?? []).flat();
  const worst = Math.max(...b.map((e, k) => Math.abs(a[k] - e) / Math.max(1, Math.abs(e))));
  if (a.length !== b.length || !(worst <= 1e-4)) problems.push(`output before training: largest difference ${worst} over ${b.length} values (Flowboard ${a.length})`);

  const evaluation = theirs.prints.find((p) => p[0] === 'evaluation')?.[1] as [number, number] | undefined;
  const cost = ours.metrics.cost;
  const accuracy = ours.metrics.accuracy;
  const [lossBound, accuracyBound] = masks ? [0.15, 0.1] : [0.02, 0.005];
  if (!evaluation) problems.push('the program printed no evaluation');
  else {
    if (Math.abs(evaluation[0] - cost) / cost > lossBound) problems.push(`test loss: Keras ${evaluation[0]}, Flowboard ${cost} (bound ${lossBound * 100}%)`);
    if (Math.abs(evaluation[1] - accuracy) > accuracyBound) problems.push(`test accuracy: Keras ${evaluation[1]}, Flowboard ${accuracy} (bound ${accuracyBound})`);
    if (!(evaluation[0] < ours.logs[0].loss)) problems.push(`Keras did not learn: test loss ${evaluation[0]}, the first batch's ${ours.logs[0].loss}`);
  }
  return { problems, seen: `output before training within ${worst.toExponential(1)}; test loss ${cost.toPrecision(5)} / ${evaluation?.[0].toPrecision(5)}; accuracy ${accuracy.toFixed(4)} / ${evaluation?.[1].toFixed(4)}` };
}
