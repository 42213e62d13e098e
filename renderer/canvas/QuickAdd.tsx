/**
 * The quick-add box: a search at the pointer listing ops as the palette
 * finds them. Enter or a click adds the op there (wired to the link it was
 * opened from, if any); arrows move the highlight; Esc closes.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { allOps } from '../../core/ops/registry.ts';
import type { OpDef } from '../../core/ops/opDef.ts';
import { DocText } from '../ui/DocText.tsx';
import { shortcutFor } from '../ui/shortcuts.ts';
import { searchOps } from '../palette/paletteGroups.ts';
import { CATEGORY_TITLES } from '../palette/paletteGroups.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import type { QuickAddRequest } from '../store/canvasSlice.ts';
import { nodeOriginForDrop, nodeOriginForLink } from './dropOp.ts';

const WIDTH = 280;
const HEIGHT = 360;

/** The box, while one is open. */
export function QuickAdd() {
  const request = useFlow((s) => s.quickAdd);
  // A new request (another place) starts a fresh search.
  return request ? <QuickAddBox key={`${request.screen.x},${request.screen.y}`} request={request} /> : null;
}

function QuickAddBox({ request }: { request: QuickAddRequest }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ops = useMemo(() => searchOps(allOps(), query), [query]);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const close = () => flowStore.getState().closeQuickAdd();
  const pick = (op: OpDef) => {
    close();
    if (request.from) actions.addWiredNode(op.kind, nodeOriginForLink(request.flow, request.from.type), request.from);
    else actions.addNode(op.kind, nodeOriginForDrop(request.flow));
  };
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent) => {
    const action = shortcutFor(e, true, 'quickAdd');
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action === 'close') close();
    else if (action === 'quickAddNext') setActive((i) => Math.min(i + 1, ops.length - 1));
    else if (action === 'quickAddPrevious') setActive((i) => Math.max(i - 1, 0));
    else if (action === 'quickAddPick' && ops[active]) pick(ops[active]);
  };
  const current = ops[active];
  // Kept inside the window, like the palette's doc card.
  const left = Math.max(8, Math.min(request.screen.x, window.innerWidth - WIDTH - 8));
  const top = Math.max(8, Math.min(request.screen.y, window.innerHeight - HEIGHT - 8));
  return (
    <div
      className="quick-add"
      style={{ left, top, width: WIDTH }}
      role="dialog"
      aria-label={request.from ? 'Add a node wired to the link' : 'Add a node'}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) close();
      }}
    >
      <input
        className="input quick-add__search"
        type="search"
        autoFocus
        placeholder={request.from ? 'Add a node wired to the link…' : 'Add a node…'}
        aria-label="Search ops to add"
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.kind}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} ref={listRef} className="quick-add__list" role="listbox" aria-label="Ops">
        {ops.map((op, i) => (
          <li
            key={op.kind}
            id={`${listId}-${op.kind}`}
            role="option"
            aria-selected={i === active}
            className="quick-add__item"
            data-category={op.category}
            onMouseMove={() => setActive(i)}
            // mousedown would blur the search and close the box before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(op)}
          >
            <span className="palette__dot" aria-hidden />
            <span className="quick-add__kind">{op.kind}</span>
            {op.category !== 'internal' && <span className="quick-add__category">{CATEGORY_TITLES[op.category]}</span>}
          </li>
        ))}
        {ops.length === 0 && <li className="quick-add__empty">No op matches “{query}”.</li>}
      </ul>
      {current && (
        <p className="quick-add__doc">
          <DocText text={current.doc} />
        </p>
      )}
    </div>
  );
}
