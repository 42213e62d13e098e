/** Line icons of the run controls, drawn in the text colour (font glyphs for these vary too much between systems). */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="14" height="14" viewBox="0 0 14 14" fill="currentColor" stroke="none" aria-hidden>
      {children}
    </svg>
  );
}

/** A triangle pointing right. */
export const PlayIcon = () => (
  <Icon>
    <path d="M3.5 2.2v9.6a.6.6 0 0 0 .9.5l7.6-4.8a.6.6 0 0 0 0-1L4.4 1.7a.6.6 0 0 0-.9.5Z" />
  </Icon>
);

/** Two bars. */
export const PauseIcon = () => (
  <Icon>
    <rect x="3" y="2.5" width="2.6" height="9" rx="0.6" />
    <rect x="8.4" y="2.5" width="2.6" height="9" rx="0.6" />
  </Icon>
);

/** A triangle against a bar: one step. */
export const StepIcon = () => (
  <Icon>
    <path d="M2.5 2.6v8.8a.6.6 0 0 0 .9.5l6.4-4.4a.6.6 0 0 0 0-1L3.4 2.1a.6.6 0 0 0-.9.5Z" />
    <rect x="10" y="2.5" width="2" height="9" rx="0.5" />
  </Icon>
);

/** A circular arrow. */
export const ResetIcon = () => (
  <svg className="icon" width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <path d="M2.8 7a4.2 4.2 0 1 0 1.3-3.05" />
    <path d="M3.6 1.6v2.6h2.6" />
  </svg>
);
