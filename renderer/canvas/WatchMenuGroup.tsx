/**
 * The watch part of a node's context menu: add the node's value or gradient
 * to the watch list (its norm, its mean, or for a one-element tensor the value
 * itself), each charted in Scalars while training; and remove its watches.
 */
import type { ProbedTensor, WatchStat } from '../../core/graph/debug.ts';
import { describeWatch, watchTag } from '../../core/runtime/breakpoints.ts';
import { actions } from '../store/flowStore.ts';
import { useAnalysis, useFlow } from '../store/hooks.ts';

const CHOICES: { of: ProbedTensor; stat: WatchStat; label: string }[] = [
  { of: 'gradient', stat: 'norm', label: 'Watch its gradient norm' },
  { of: 'gradient', stat: 'mean', label: 'Watch its gradient mean' },
  { of: 'value', stat: 'norm', label: 'Watch its value norm' },
  { of: 'value', stat: 'mean', label: 'Watch its value mean' },
  { of: 'value', stat: 'value', label: 'Watch its value' },
  { of: 'gradient', stat: 'value', label: 'Watch its gradient' },
];

/** The group for node `nodeId` named `name`; `close` after adding one. */
export function WatchMenuGroup({ nodeId, name, close }: { nodeId: string; name: string; close(): void }) {
  const all = useFlow((s) => s.document.debug?.watches);
  const shape = useAnalysis().types.get(nodeId)?.[0]?.shape;
  const own = all?.filter((w) => w.node === nodeId) ?? [];
  // A value (not a norm or mean) is one number only for a tensor of one element.
  const scalar = shape !== undefined && shape !== null && shape.every((d) => d === 1);
  const offered = CHOICES.filter((c) => (c.stat !== 'value' || scalar) && !own.some((w) => w.of === c.of && w.stat === c.stat));
  return (
    <>
      <div role="group" className="menu__group">
        <div className="menu__heading" role="presentation">
          Watch in Scalars
        </div>
        {offered.map((c) => (
          <button key={`${c.of}-${c.stat}`} type="button" role="menuitem" className="menu__item" onClick={() => actions.addWatch(nodeId, c.of, c.stat).ok && close()}>
            <span className="menu__label">{c.label}</span>
          </button>
        ))}
      </div>
      {own.length > 0 && (
        <div role="group" className="menu__group">
          <div className="menu__heading" role="presentation">
            Its watches
          </div>
          {own.map((w) => (
            <div key={w.id} className="node-menu__breakpoint">
              <span className="menu__label" title={watchTag(w, name)}>
                {describeWatch(w)}
              </span>
              <button type="button" role="menuitem" className="menu__item node-menu__small" aria-label={`Remove watch ${describeWatch(w)}`} onClick={() => actions.removeWatch(w.id)}>
                Remove
              </button>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
