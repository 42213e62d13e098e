/**
 * The README's table of ops checked against TensorFlow, made from the case
 * list itself (so it cannot drift: opTable.test.ts compares it with the
 * README). `node bin/run-ts.js test/tf/opTable.ts` prints it.
 */
import { pathToFileURL } from 'node:url';
import { allOps } from '../../core/ops/registry.ts';
import { OP_CASES, UNCHECKED_HERE } from './cases/index.ts';
import { gradientKind } from './flowboardCase.ts';

const GRADIENTS = { gradient: 'tf.gradients', 'not differentiable': 'none, as in TF', 'forward only': 'none (a gradient kernel or helper)' } as const;

/** A case's reference as the table shows it: its own words, or the TF function its Python calls first. */
function reference(c: (typeof OP_CASES)[number]): string {
  return c.reference ?? `\`${/(tf\.[A-Za-z_.0-9]+)\(/.exec(c.tf)?.[1] ?? c.tf}\``;
}

/** One Markdown row per op kind, in registry order. */
export function opTable(): string {
  const rows = allOps().map((op) => {
    const cases = OP_CASES.filter((c) => c.op === op.kind);
    if (cases.length === 0) return `| ${op.kind} | ${UNCHECKED_HERE[op.kind] ?? 'NOT CHECKED'} | | | |`;
    const refs = [...new Set(cases.map(reference))];
    const bounds = [...new Set(cases.map((c) => (c.tolerance === undefined ? '1e-5' : `${c.tolerance} (${c.why})`)))];
    return `| ${op.kind} | ${refs.join('; ')} | ${cases.length} | ${op.kind === 'Placeholder' ? '(fed)' : op.inputs.length === 0 ? '(no inputs)' : GRADIENTS[gradientKind(op.kind)]} | ${bounds.join('; ')} |`;
  });
  return ['| op | checked against | cases | gradients | bound |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(opTable());
