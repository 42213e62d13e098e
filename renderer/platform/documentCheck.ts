/**
 * Whether a document may replace the open one. The loader makes a document of
 * anything it can; a file whose structure is broken (duplicate ids, wires to
 * missing nodes, dropped items, unknown ops) is refused as well, because every
 * editing command assumes those never happen and a save would write the file
 * back without the parts the loader dropped.
 */
import { damageDiagnostics } from '../../core/graph/damage.ts';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { type LoadResult, loadDocumentText, parseDocument } from '../../core/graph/load.ts';
import type { Delivery, DocumentOrigin, NamedDiagnostic } from './platform.ts';


/** Reads `*.flow.json` text into a document to open, or the reasons it cannot be opened. */
export function checkDocumentText(text: string, name: string, origin: DocumentOrigin, edited = false): Delivery {
  return checked(loadDocumentText(text), name, origin, edited);
}

/** The same for parsed JSON (the bundled samples). */
export function checkDocumentJson(json: unknown, name: string, origin: DocumentOrigin): Delivery {
  return checked(parseDocument(json), name, origin, false);
}


function checked({ document, diagnostics }: LoadResult, name: string, origin: DocumentOrigin, edited: boolean): Delivery {
  if (!document) return { kind: 'failed', name, message: 'It is not a Flowboard graph that this version can open.', diagnostics };
  const blocking = damageDiagnostics(diagnostics);
  if (blocking.length > 0)
    return { kind: 'failed', name, message: `The graph is damaged: ${plural(blocking.length, 'problem')} must be repaired before it can be edited.`, diagnostics: withNames(blocking, document) };
  return { kind: 'opened', document, diagnostics, name, origin, edited };
}

function withNames(diagnostics: Diagnostic[], doc: GraphDocument): NamedDiagnostic[] {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
  return diagnostics.map((d) => (d.nodeId && names.has(d.nodeId) ? { ...d, nodeName: names.get(d.nodeId) } : d));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
