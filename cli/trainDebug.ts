/**
 * `flowboard train` and the document's `debug` block: breakpoints stop
 * training at the step one fires, with the sentence the app's status bar
 * shows, and exit BREAKPOINT_EXIT; watches are logged beside the loss.
 */
import type { BreakpointHit } from '../core/runtime/breakpoints.ts';
import { describeCondition } from '../core/runtime/breakpoints.ts';
import { type DebugProbe, debugProbe } from '../core/runtime/debugProbe.ts';
import type { Trainer } from '../core/runtime/trainer.ts';
import type { GraphDocument } from '../core/graph/document.ts';
import type { TrainLog } from '../core/runtime/trainTypes.ts';

/** `flowboard train`'s exit code when a breakpoint stopped it (1 is a failure, 2 a wrong command line). */
export const BREAKPOINT_EXIT = 3;

export interface TrainDebug {
  probe: DebugProbe;
  /** The first breakpoint that fired, once one has. */
  hit(): BreakpointHit | undefined;
  /** The log with the watches' numbers added to its values. */
  withWatches(log: TrainLog): TrainLog;
}

/** The probe for `doc`'s breakpoints (none with `ignoreBreakpoints`) and watches on `trainer`. */
export function trainDebug(trainer: Trainer, doc: GraphDocument, ignoreBreakpoints: boolean): TrainDebug {
  let first: BreakpointHit | undefined;
  const probe = debugProbe(trainer, trainer.session.analysis, doc.debug, { held: new Set() }, { breakpoints: !ignoreBreakpoints, onHit: (hits) => (first ??= hits[0]) });
  return {
    probe,
    hit: () => first,
    withWatches: (log) => (probe.watchTags.length === 0 ? log : { ...log, values: { ...log.values, ...probe.watchValuesAt(log.step) } }),
  };
}

/** The hit as JSON for `--json`'s final line: which breakpoint, on which node, at which step, and the sentence. */
export function hitJson(hit: BreakpointHit, nameOf: (id: string) => string | undefined) {
  return { id: hit.breakpoint.id, node: nameOf(hit.breakpoint.node) ?? hit.breakpoint.node, condition: describeCondition(hit.breakpoint.condition), step: hit.step, message: hit.message };
}
