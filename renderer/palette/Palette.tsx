/** The op palette: searchable groups of ops to drag onto the canvas (or add with Enter). */
import { useMemo, useState } from 'react';
import { allOps } from '../../core/ops/registry.ts';
import { PaletteItem } from './PaletteItem.tsx';
import { paletteGroups } from './paletteGroups.ts';

/** The left-hand panel. */
export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(allOps(), query), [query]);
  return (
    <aside className="panel palette" aria-label="Op palette">
      <div className="palette__search">
        <input type="search" className="input" placeholder="Search ops" aria-label="Search ops" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="palette__groups">
        {groups.map((g) => (
          <section key={g.category} className="palette__group" aria-label={g.title}>
            <h2 className="panel__heading">{g.title}</h2>
            <ul className="palette__list">
              {g.ops.map((op) => (
                <PaletteItem key={op.kind} op={op} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && <p className="panel__empty">No op matches “{query}”.</p>}
      </div>
    </aside>
  );
}
