/** Diagnostics as a list: what is wrong, then how to fix it. An input still to wire is a warning here too, as in the status bar. */
import { type Diagnostic, DiagnosticCode } from '../../core/graph/diagnostics.ts';

/** A "Problems" section; renders nothing when there are none. */
export function ProblemList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <>
      <h2 className="panel__heading">Problems</h2>
      <ul className="problems">
        {diagnostics.map((d, i) => (
          <li key={i} className={`problems__item problems__item--${d.code === DiagnosticCode.MissingInput ? 'warning' : d.severity}`}>
            {d.message}
            {d.fix && <span className="problems__fix">{d.fix}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
