/**
 * `flowboard export --to python --weights FILE`: lines that read a Flowboard
 * checkpoint (.weights.json, or a .flow.json keeping weights) at run time and
 * load each saved value into its tf.Variable after the initializer, as TF1's
 * `saver.restore(sess, path)` would. Only the variables: TF's optimizer slots
 * (Adam's m and v) start from zero, so training goes on from the weights with
 * a fresh optimizer.
 */
import { pyString } from './pythonOps.ts';
import type { ExportGraph } from './exportGraph.ts';

/** Where the program finds the weights: a path relative to the program's own folder, or an absolute one. */
export interface PythonWeights {
  path: string;
  relativeToScript: boolean;
}

/** Names the loader uses for itself. */
export const WEIGHTS_OWN = ['json', 'base64', 'load_weights', 'saved_weights', 'weights_path'];

/** The modules the loader needs, imported first. */
export const WEIGHTS_IMPORTS = ['import base64', 'import json', 'import os', ''];

/** The `load_weights` function, after the imports. */
export function weightsLoader(): string[] {
  return [
    '',
    '',
    'def load_weights(path):',
    '    """A Flowboard checkpoint\'s variables as NumPy arrays by name (a .flow.json keeps them under "weights")."""',
    '    with open(path) as f:',
    '        saved = json.load(f)',
    '    saved = saved.get("weights", saved)',
    '    return {v["name"]: np.frombuffer(base64.b64decode(v["data"]), dtype="<f4").reshape(v["shape"]) for v in saved["variables"]}',
    '',
  ];
}

/** The lines in the session, after the initializer, that load every variable of the graph. */
export function weightsRestore(g: ExportGraph, weights: PythonWeights): string[] {
  const where = weights.relativeToScript ? `os.path.join(os.path.dirname(os.path.abspath(__file__)), ${pyString(weights.path)})` : pyString(weights.path);
  const lines = [`weights_path = ${where}`, 'saved_weights = load_weights(weights_path)'];
  for (const n of g.nodes) if (n.op === 'Variable') lines.push(`${n.ident}.load(saved_weights[${pyString(n.name)}], sess)`);
  lines.push('print("loaded", len(saved_weights), "variables from", weights_path)');
  return lines;
}
