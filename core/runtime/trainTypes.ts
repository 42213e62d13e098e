/**
 * What a Trainer takes and gives: options, the log it streams while training,
 * and the result of a `train()` call.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { FetchRole, TensorRef } from '../graph/document.ts';
import type { DataContext } from '../data/source.ts';
import type { TrainingSettings } from './schedule.ts';

export interface TrainerOptions extends DataContext, TrainingSettings {
  /** tfjs backend to train on; it must already be active (see useBackend). */
  backend: string;
  /** Bytes a training step's tensors may take; a step that would need more is refused when the trainer is made (Session's memoryBudget). */
  memoryBudget?: number;
}

export interface TrainOptions {
  /**
   * Called on every log step (step 0, every `logEvery` steps, and the last).
   * Training waits for a returned promise, so a slow consumer slows training
   * instead of piling logs up; it may call `trainer.evaluate()`.
   */
  onLog?: (log: TrainLog) => void | Promise<void>;
  /** Aborting stops training between two steps; `train()` then resolves with `stopped: 'aborted'` and a later call resumes. */
  signal?: AbortSignal;
  /** Run at most this many more steps (default: up to the session's total; may go past it to train longer). */
  steps?: number;
  /** Extra tensors fetched with chosen steps (breakpoints, watches), read at no extra pass. */
  probe?: StepProbe;
}

/**
 * Tensors fetched in the same run as a training step, so they hold the values
 * that step computed (before its update) and cost no second pass.
 */
export interface StepProbe {
  /** What to fetch with step `step`: undefined checks nothing on this step, an empty list checks without tensors. */
  refsAt(step: number, logging: boolean): readonly TensorRef[] | undefined;
  /** Gets them after the step (the trainer disposes them); true stops training after this step, as an abort does. */
  onValues(step: number, tensors: readonly tf.Tensor[]): boolean | Promise<boolean>;
}

export interface TrainLog {
  /** The step just taken, counted from 0 (the course prints steps 0, 20, ..., 2000). */
  step: number;
  /** The epoch the step belongs to, from 0. */
  epoch: number;
  /** The loss the Minimize saw on this step's batch, before the update (the mean if it has several elements). */
  loss: number;
  /** Every logged fetch (roles loss, accuracy, metric) on this step's batch, by label. */
  values: Record<string, number>;
}

export interface VariableValue {
  shape: number[];
  values: Float32Array;
}

export interface TrainResult {
  /** 'finished' when every step ran; 'aborted' when the signal or the probe stopped it (call `train()` again to resume). */
  stopped: 'finished' | 'aborted';
  /** Steps taken since the trainer was made or reset. */
  steps: number;
  /** The loss of the last logged step; undefined when this call logged nothing. */
  loss: number | undefined;
  /** This call's logs, in order. */
  history: TrainLog[];
  /** The logged fetches evaluated on evalFeeds (or all the training data) after training; empty when aborted. */
  metrics: Record<string, number>;
  /** Every Variable's value at the end, by node name. */
  variables: Record<string, VariableValue>;
}

/** A fetch the trainer logs. */
export interface LoggedFetch {
  label: string;
  role: FetchRole;
  ref: TensorRef;
}
