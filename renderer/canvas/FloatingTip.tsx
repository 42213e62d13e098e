/**
 * A tooltip beside an element, drawn over the whole window rather than in
 * the canvas, so the run bar, the dock or the side panels never clip it: above
 * the element when there is room, else below, and kept inside the window.
 */
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

/** Room kept between the tip, its element and the window's edges. */
const GAP = 8;

export interface TipPlace {
  left: number;
  top: number;
  side: 'above' | 'below';
}

/** Where a tip of `tip` size goes for an element at `anchor`, inside a window of `view` size. */
export function placeTip(anchor: { left: number; top: number; width: number; height: number }, tip: { width: number; height: number }, view: { width: number; height: number }): TipPlace {
  const above = anchor.top - GAP - tip.height >= GAP;
  const below = anchor.top + anchor.height + GAP + tip.height <= view.height - GAP;
  const side = above || !below ? 'above' : 'below';
  const top = side === 'above' ? Math.max(GAP, anchor.top - GAP - tip.height) : anchor.top + anchor.height + GAP;
  const centred = anchor.left + anchor.width / 2 - tip.width / 2;
  const left = Math.max(GAP, Math.min(view.width - GAP - tip.width, centred));
  return { left, top, side };
}

/** The tip for `anchor` (an element found when it renders); nothing when the element is gone. */
export function FloatingTip({ anchor, children, className }: { anchor: () => Element | null; children: ReactNode; className: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<TipPlace | undefined>();
  useLayoutEffect(() => {
    const el = anchor();
    const tip = ref.current;
    if (!el || !tip) return;
    const r = el.getBoundingClientRect();
    setPlace(placeTip(r, { width: tip.offsetWidth, height: tip.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [anchor]);
  return createPortal(
    <div ref={ref} role="tooltip" className={className} data-side={place?.side} style={{ position: 'fixed', left: place?.left ?? 0, top: place?.top ?? 0, visibility: place ? 'visible' : 'hidden' }}>
      {children}
    </div>,
    document.body,
  );
}
