/** The selected node's name: unique and well formed, checked as you type. */
import type { GraphNode } from '../../core/graph/document.ts';
import { nameProblem } from '../store/commands/names.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { TextField } from './TextField.tsx';
import { useDraft } from './useDraft.ts';

/** Edits a node's name; remount it (key) when the stored name changes. */
export function NameField({ node }: { node: GraphNode }) {
  const draft = useDraft(
    node.name,
    (text) => {
      const name = text.trim();
      if (name === node.name) return undefined;
      const clash = flowStore.getState().document.nodes.some((n) => n.name === name && n.id !== node.id);
      return nameProblem(name) ?? (clash ? `Another node is already named "${name}"` : undefined);
    },
    (text) => {
      const r = actions.renameNode(node.id, text.trim());
      return r.ok ? undefined : r.error;
    },
  );
  return <TextField label="Name" hint="Unique in the graph; use / for scopes, as in layer1/W" draft={draft} mono />;
}
