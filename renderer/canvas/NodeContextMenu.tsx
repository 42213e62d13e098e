/**
 * A node's context menu (right-click): set a breakpoint on it, and enable,
 * disable or remove the ones it has; add it to the watch list (WatchMenuGroup). A condition with a number (a threshold, a step) asks for it in the
 * menu, prefilled with the usual value. Escape or a click elsewhere closes it.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { BreakpointCondition } from '../../core/graph/debug.ts';
import { describeCondition } from '../../core/runtime/breakpoints.ts';
import { actions } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { WatchMenuGroup } from './WatchMenuGroup.tsx';

export interface MenuAt {
  nodeId: string;
  x: number;
  y: number;
}

/** Conditions offered, with the number they ask for (undefined: none). */
const CHOICES: { label: string; ask?: { what: string; initial: string }; make(n: number): BreakpointCondition }[] = [
  { label: 'Break when its gradient norm falls below…', ask: { what: 'Gradient norm below', initial: '1e-6' }, make: (n) => ({ kind: 'norm', of: 'gradient', when: 'below', threshold: n }) },
  { label: 'Break when its gradient norm rises above…', ask: { what: 'Gradient norm above', initial: '100' }, make: (n) => ({ kind: 'norm', of: 'gradient', when: 'above', threshold: n }) },
  { label: 'Break when its value norm rises above…', ask: { what: 'Value norm above', initial: '1000' }, make: (n) => ({ kind: 'norm', of: 'value', when: 'above', threshold: n }) },
  { label: 'Break when its value is not finite', make: () => ({ kind: 'nonFinite', of: 'value' }) },
  { label: 'Break at step…', ask: { what: 'Pause at step', initial: '100' }, make: (n) => ({ kind: 'step', step: n }) },
];

/** The menu at the pointer, over the canvas. */
export function NodeContextMenu({ at, close }: { at: MenuAt; close(): void }) {
  const name = useFlow((s) => s.document.nodes.find((n) => n.id === at.nodeId)?.name);
  // The document's own list (a stable object); a filtered copy per render would re-render forever.
  const all = useFlow((s) => s.document.debug?.breakpoints);
  const breakpoints = all?.filter((b) => b.node === at.nodeId);
  const [asking, setAsking] = useState<number | undefined>();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[role=menuitem], input')?.focus();
    const away = (e: PointerEvent) => !root.current?.contains(e.target as Node) && close();
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [close, asking]);

  const set = (condition: BreakpointCondition) => {
    if (actions.addBreakpoint(at.nodeId, condition).ok) close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  if (name === undefined) return null;
  return (
    <div ref={root} className="menu node-menu" role="menu" aria-label={`Breakpoints and watches of ${name}`} style={{ left: at.x, top: at.y }} onKeyDown={onKey} onContextMenu={(e) => e.preventDefault()}>
      <div role="group" className="menu__group">
        <div className="menu__heading" role="presentation">
          Breakpoint on {name}
        </div>
        {CHOICES.map((c, i) =>
          asking === i && c.ask ? (
            <ThresholdForm key={i} what={c.ask.what} initial={c.ask.initial} integer={c.make(1).kind === 'step'} onSet={(n) => set(c.make(n))} />
          ) : (
            <button key={i} type="button" role="menuitem" className="menu__item" onClick={() => (c.ask ? setAsking(i) : set(c.make(0)))}>
              <span className="menu__label">{c.label}</span>
            </button>
          ),
        )}
      </div>
      {breakpoints && breakpoints.length > 0 && (
        <div role="group" className="menu__group">
          <div className="menu__heading" role="presentation">
            Its breakpoints
          </div>
          {breakpoints.map((b) => (
            <div key={b.id} className="node-menu__breakpoint">
              <span className="menu__label" data-disabled={b.disabled || undefined}>
                {describeCondition(b.condition)}
              </span>
              <button type="button" role="menuitem" className="menu__item node-menu__small" onClick={() => actions.setBreakpointEnabled(b.id, !!b.disabled)}>
                {b.disabled ? 'Enable' : 'Disable'}
              </button>
              <button type="button" role="menuitem" className="menu__item node-menu__small" onClick={() => actions.removeBreakpoint(b.id)}>
                Remove
              </button>
            </div>
          ))}
        </div>
      )}
      <WatchMenuGroup nodeId={at.nodeId} name={name} close={close} />
    </div>
  );
}

/** The number a condition needs, checked as typed; Enter sets the breakpoint. */
function ThresholdForm({ what, initial, integer, onSet }: { what: string; initial: string; integer: boolean; onSet(n: number): void }) {
  const [text, setText] = useState(initial);
  const n = Number(text.trim());
  const problem = text.trim() === '' || !Number.isFinite(n) || n < 0 ? 'a number of at least 0' : integer && (!Number.isSafeInteger(n) || n < 1) ? 'a whole number of at least 1' : undefined;
  return (
    <form
      className="node-menu__form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onSet(n);
      }}
    >
      <label>
        {what}
        <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={problem !== undefined} aria-describedby={problem ? 'node-menu-problem' : undefined} size={8} />
      </label>
      <button type="submit" disabled={problem !== undefined}>
        Set
      </button>
      {problem && (
        <span id="node-menu-problem" className="node-menu__problem">
          Type {problem}
        </span>
      )}
    </form>
  );
}
