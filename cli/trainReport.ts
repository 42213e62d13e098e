/**
 * What `flowboard train` prints while it trains and when it is done, in three
 * forms: a progress bar redrawn in place on a terminal, one line per log step
 * when piped, and one JSON object per line with --json.
 */
import type { LoggedFetch, TrainLog, TrainResult, VariableValue } from '../core/runtime/trainTypes.ts';
import { formatValue, type PlainValue, shortestFloat32 } from './formatValue.ts';
import type { CliIO } from './io.ts';

export type ReportMode = 'tty' | 'lines' | 'json';

export interface TrainReporter {
  /** A log step: the loss and the logged fetches on that step's batch. */
  log(log: TrainLog): void;
  /** Steps taken so far, between logs; only the progress bar uses it. */
  progress(stepsDone: number): void;
  /** Training ended normally; `seconds` is the wall time of the whole run. */
  /** `from`: the step training started at (a restored checkpoint's), 0 for a fresh run. */
  /** `breakpoint`: the breakpoint that stopped it, for --json's final line. */
  finish(result: TrainResult, seconds: number, from?: number, breakpoint?: Record<string, unknown>): void;
  /** Training failed: end the progress line so the error prints on a line of its own. */
  fail(): void;
}

/** Variables with at most this many elements print in full in the summary; larger ones as statistics. */
export const PRINTABLE_ELEMENTS = 20;
const BAR_WIDTH = 24;

/** The reporter for one run of `totalSteps` steps that logs `logged`, then the watches' `watchTags`. */
export function trainReporter(mode: ReportMode, io: CliIO, totalSteps: number, logged: readonly LoggedFetch[], watchTags: readonly string[] = []): TrainReporter {
  // The loss is printed once as "loss"; a fetch with role loss would only repeat it.
  const extra = [...logged.filter((f) => f.role !== 'loss').map((f) => f.label), ...watchTags];
  const started = performance.now();
  let last: TrainLog | undefined;
  let done = 0;
  let drawn = false;

  const line = (log: TrainLog) => [`loss ${formatNumber(log.loss)}`, ...extra.map((k) => `${k} ${formatNumber(log.values[k])}`)].join('  ');
  const redraw = () => {
    const fraction = totalSteps === 0 ? 1 : done / totalSteps;
    const filled = Math.round(fraction * BAR_WIDTH);
    const elapsed = (performance.now() - started) / 1000;
    const eta = done > 0 && done < totalSteps ? `  ETA ${formatDuration((elapsed / done) * (totalSteps - done))}` : '';
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
    const width = String(totalSteps).length;
    io.stdout(`\r${bar} step ${String(done).padStart(width)}/${totalSteps} ${`${Math.floor(fraction * 100)}%`.padStart(4)}${last ? `  ${line(last)}` : ''}${eta}\x1b[K`);
    drawn = true;
  };
  const endLine = () => {
    if (drawn) io.stdout('\r\x1b[K');
    drawn = false;
  };

  return {
    log(log) {
      last = log;
      done = Math.max(done, log.step + 1);
      if (mode === 'json') io.stdout(`${JSON.stringify({ step: log.step, loss: shortest(log.loss), metrics: shortestRecord(log.values) })}\n`);
      else if (mode === 'lines') io.stdout(`step ${log.step}  ${line(log)}\n`);
      else redraw();
    },
    progress(stepsDone) {
      if (mode !== 'tty' || stepsDone === done) return;
      done = stepsDone;
      redraw();
    },
    finish(result, seconds, from = 0, breakpoint) {
      if (mode === 'json') {
        const variables = Object.fromEntries(Object.entries(result.variables).map(([name, v]) => [name, nestedValue(v)]));
        const stopped = breakpoint ? { breakpoint } : {};
        io.stdout(`${JSON.stringify({ final: true, ...(from > 0 ? { startedAt: from } : {}), ...stopped, step: result.steps - 1, loss: shortest(result.loss), metrics: shortestRecord(result.metrics), variables })}\n`);
        return;
      }
      endLine();
      io.stdout(summary(result, seconds, from));
    },
    fail: endLine,
  };
}

/** The human-readable end of a run: speed, final loss, metrics and the variables. */
function summary(result: TrainResult, seconds: number, from: number): string {
  const steps = result.steps - from;
  const rate = seconds > 0 ? `, ${formatNumber(Math.round(steps / seconds))} steps/s` : '';
  const range = from > 0 ? ` (steps ${from} to ${result.steps - 1}, continuing from the loaded weights)` : '';
  const lines = [`trained ${steps} steps${range} in ${seconds.toFixed(1)} s${rate}`];
  if (result.loss !== undefined) lines.push(`loss (last step) = ${formatNumber(result.loss)}`);
  for (const [name, value] of Object.entries(result.metrics)) lines.push(`${name} = ${formatNumber(value)}`);
  for (const [name, v] of Object.entries(result.variables)) {
    if (v.values.length <= PRINTABLE_ELEMENTS) lines.push(`${name} = ${formatValue(nestedValue(v), name.length + 3)}`);
    else lines.push(`${name}: ${statistics(v)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `[784,256], mean 0.0012, std 0.05, min -0.2, max 0.21`: a large variable in one line. */
function statistics(v: VariableValue): string {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const x of v.values) {
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / v.values.length;
  let squares = 0;
  for (const x of v.values) squares += (x - mean) ** 2;
  const std = Math.sqrt(squares / v.values.length);
  return `[${v.shape.join(',')}], mean ${formatNumber(mean)}, std ${formatNumber(std)}, min ${formatNumber(min)}, max ${formatNumber(max)}`;
}

/** A variable's values as nested lists of its shape, each float32 written as its shortest decimal. */
export function nestedValue(v: VariableValue): PlainValue {
  if (v.shape.length === 0) return shortestFloat32(v.values[0]);
  const strides = v.shape.map((_, i) => v.shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const build = (offset: number, dim: number): PlainValue[] =>
    dim === v.shape.length - 1
      ? Array.from(v.values.subarray(offset, offset + v.shape[dim]), shortestFloat32)
      : Array.from({ length: v.shape[dim] }, (_, i) => build(offset + i * strides[dim], dim + 1));
  return build(0, 0);
}

/** Five significant digits, in exponent form when very small or large: 0.69315, 8.6882e-6. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e7) return String(Number(x.toPrecision(5)));
  return x.toExponential(4).replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/** `8s`, `2m 05s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** A float32-sourced value without binary noise; means of several elements pass through unchanged. */
function shortest(x: number | undefined): number | undefined {
  return x === undefined ? undefined : shortestFloat32(x);
}

function shortestRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, shortestFloat32(v)]));
}
