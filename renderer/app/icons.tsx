/** Small line icons for the toolbar's canvas tools, drawn in the text colour. */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      {children}
    </svg>
  );
}

/** Boxes flowing left to right. */
export function LayoutIcon() {
  return (
    <Icon>
      <rect x="1.5" y="2" width="4" height="3.5" rx="1" />
      <rect x="1.5" y="10.5" width="4" height="3.5" rx="1" />
      <rect x="10.5" y="6.25" width="4" height="3.5" rx="1" />
      <path d="M5.5 3.75h2a1.5 1.5 0 0 1 1.5 1.5v1.5a1.5 1.5 0 0 0 1.5 1.25M5.5 12.25h2A1.5 1.5 0 0 0 9 10.75V9.25" />
    </Icon>
  );
}

/** Four corners: fit everything in view. */
export function FitIcon() {
  return (
    <Icon>
      <path d="M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5" />
    </Icon>
  );
}

/** A grid of dots. */
export function GridIcon() {
  return (
    <Icon>
      {[3, 8, 13].flatMap((x) => [3, 8, 13].map((y) => <circle key={`${x},${y}`} cx={x} cy={y} r="0.9" fill="currentColor" stroke="none" />))}
      <rect x="5.5" y="5.5" width="5" height="5" rx="1" />
    </Icon>
  );
}
