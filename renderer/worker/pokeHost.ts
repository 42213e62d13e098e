/**
 * The training host's handling of "MNIST you can poke": when to score the
 * test split while training (its cost kept a small share of training), and
 * the answers to a confusion-matrix cell, a picked test digit and a drawn one.
 */
import type { Session } from '../../core/runtime/session.ts';
import type { Trainer } from '../../core/runtime/trainer.ts';
import type { FromWorker, ToWorker } from '../training/protocol.ts';
import type { PickedExample } from '../training/protocol.ts';
import type { MnistPoke } from './mnistPoke.ts';
import type { PendingBatch } from './pendingBatch.ts';

/** What the host keeps for poking: the picked digit, and when scoring last ran and for how long (ms). */
export interface PokeState {
  example: PickedExample | undefined;
  lastScored: number;
  took: number;
}

/** Nothing picked, never scored. */
export function freshPokeState(): PokeState {
  return { example: undefined, lastScored: -Infinity, took: 0 };
}

/** The picked digit as a field of NodeStats and WatchedTensors: none when nothing is picked. */
export function exampleField(state: PokeState): { example?: PickedExample } {
  return state.example ? { example: state.example } : {};
}

interface Loaded {
  trainer: Trainer;
  poke: MnistPoke | undefined;
}

/** Scoring waits at least this long between two log steps' matrices, and four times as long as it took. */
const MIN_SCORE_GAP_MS = 1000;
const SCORE_SHARE = 4;

/** Whether the test split may be scored now (always when `force`: the end of training). */
export function scoringDue(state: PokeState, now: number, force: boolean): boolean {
  return force || now - state.lastScored >= Math.max(MIN_SCORE_GAP_MS, SCORE_SHARE * state.took);
}

/** Scores an MNIST classifier's test split into the pending batch's confusion matrix, when due. */
export async function scoreTestSplit(loaded: Loaded, state: PokeState, pending: PendingBatch, force: boolean): Promise<void> {
  const { poke, trainer } = loaded;
  if (!poke || !scoringDue(state, performance.now(), force)) return;
  const start = performance.now();
  pending.confusion = await poke.confusion(trainer.session, trainer.step);
  state.lastScored = performance.now();
  state.took = state.lastScored - start;
}

type PokeMessage = Extract<ToWorker, { type: 'confusionCell' | 'example' | 'predict' }>;

interface PokeContext {
  loaded: Loaded | undefined;
  running: boolean;
  state: PokeState;
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Captures and sends every node's value and gradient on the picked digit's feeds, as after a whole step (forward and backward, no update). */
  showExample(): Promise<void>;
}

const NOT_A_CLASSIFIER = 'the loaded graph is not an MNIST classifier, or it has not been trained yet';

/** Answers one poke message. */
export async function pokeMessage(msg: PokeMessage, { loaded, running, state, post, showExample }: PokeContext): Promise<void> {
  const poke = loaded?.poke;
  switch (msg.type) {
    case 'confusionCell': {
      const result = poke ? await poke.cell(msg.trueClass, msg.predicted) : ({ ok: false, message: NOT_A_CLASSIFIER } as const);
      return post({ type: 'cell', id: msg.id, result }, result.ok ? result.digits.flatMap((d) => [d.pixels.buffer as ArrayBuffer, d.probabilities.buffer as ArrayBuffer]) : []);
    }
    case 'predict': {
      const result = poke && loaded ? await poke.predict(loaded.trainer.session as Session, msg.pixels) : ({ ok: false, message: NOT_A_CLASSIFIER } as const);
      return post({ type: 'predicted', id: msg.id, result }, result.ok ? [result.probabilities.buffer as ArrayBuffer] : []);
    }
    case 'example': {
      // While training the canvas follows the training batch; a digit is picked between runs.
      if (!poke || running) return;
      const index = msg.index;
      if (index !== undefined && !(Number.isInteger(index) && index >= 0 && index < poke.examples)) return;
      state.example = index === undefined ? undefined : poke.picked(index);
      return showExample();
    }
  }
}
