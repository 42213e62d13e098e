/**
 * Validate + infer shapes on a ~1,000-node layered graph: the pass that runs
 * on every edit (target: median under 20 ms), and loading the same graph from
 * parsed JSON and from text.
 */
import { analyze } from '../core/graph/analyze.ts';
import { loadDocumentText, parseDocument } from '../core/graph/load.ts';
import { saveDocument } from '../core/graph/save.ts';
import { defineBench } from './lib/bench.ts';
import { layeredGraph } from './lib/layeredGraph.ts';
import { compare, time } from './lib/timing.ts';

const RUNS = 50;

export default defineBench({
  name: 'analyze',
  run() {
    const doc = layeredGraph(1000);
    const text = saveDocument(doc);
    const json: unknown = JSON.parse(text);
    const size = `${doc.nodes.length} nodes, ${doc.edges.length} edges`;
    const ab = compare(() => parseDocument(json), () => analyze(doc), { runs: RUNS });
    return [
      { name: `analyze (${size})`, timing: time(() => analyze(doc), { runs: RUNS }), target: 20 },
      { name: 'parseDocument (check + analyze)', timing: time(() => parseDocument(json), { runs: RUNS }), target: 20 },
      { name: 'loadDocumentText (JSON.parse too)', timing: time(() => loadDocumentText(text), { runs: RUNS }), note: `${(text.length / 1024).toFixed(0)} KiB` },
      { name: 'saveDocument', timing: time(() => saveDocument(doc), { runs: RUNS }) },
      { name: 'parseDocument vs analyze, interleaved', timing: ab.a, note: `ratio ${ab.ratio.toFixed(2)}: structure checks cost ${((ab.ratio - 1) * 100).toFixed(0)}% over analyze` },
    ];
  },
});
