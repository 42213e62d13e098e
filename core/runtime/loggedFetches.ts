import type { TrainingGraph } from '../autodiff/expandTraining.ts';
import type { GraphAnalysis } from '../graph/analyze.ts';
import type { SessionConfig } from '../graph/document.ts';
import { RunError } from './runError.ts';
import type { LoggedFetch } from './trainTypes.ts';

const LOGGED_ROLES = new Set(['loss', 'accuracy', 'metric']);

/**
 * The session's fetches a trainer logs and evaluates: roles loss, accuracy and
 * metric (predictions are tensors to show, not numbers to log). A fetch of the
 * Minimize itself reads its loss, so evaluating it never trains.
 */
export function loggedFetches(analysis: GraphAnalysis, config: SessionConfig, graph: TrainingGraph): LoggedFetch[] {
  const out: LoggedFetch[] = [];
  const labels = new Set<string>();
  for (const f of config.fetches) {
    if (!LOGGED_ROLES.has(f.role)) continue;
    const entry = analysis.index.nodes.get(f.node);
    if (!entry?.def) throw new RunError(`the session logs node "${f.node}", which does not exist; remove the fetch or pick another node`, f.node);
    const output = f.output ?? entry.def.outputs[0]?.name;
    if (output === undefined || !entry.def.outputs.some((o) => o.name === output))
      throw new RunError(`the session logs ${entry.node.op} "${entry.node.name}", which has no output ${output ?? ''}; pick a node that computes a value`, f.node);
    const ref = f.node === graph.minimize ? graph.loss : { node: f.node, output };
    let label = f.label ?? entry.node.name;
    for (let i = 2; labels.has(label); i++) label = `${f.label ?? entry.node.name} (${i})`;
    labels.add(label);
    out.push({ label, role: f.role, ref });
  }
  return out;
}
