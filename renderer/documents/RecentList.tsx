/** The recent documents as a list of buttons, newest first (the gallery and the File menu show it). */
import type { RecentDocument } from '../platform/platform.ts';
import { formatWhen } from './formatWhen.ts';

/** A recent document's label: its file name, and a note when only a browser copy was kept. */
export function recentLabel(r: RecentDocument): string {
  return r.linked ? r.name : `${r.name} (browser copy)`;
}

/** The line under the name: the document's title (browser) and the folder that tells same-named files apart (desktop). */
export function recentDetail(r: RecentDocument): string {
  return [r.title, r.folder && `in ${r.folder}`].filter(Boolean).join(' · ');
}

/** The button's tooltip. */
function recentHint(r: RecentDocument): string {
  if (!r.linked) return 'The browser kept a copy of this file as it was last opened or saved here';
  return r.folder ? `Open ${r.name} from ${r.folder}` : `Open ${r.name}`;
}

/** The gallery's recent section; renders nothing when the list is empty. */
export function RecentList({ recent, onOpen }: { recent: readonly RecentDocument[]; onOpen(id: string): void }) {
  if (recent.length === 0) return null;
  return (
    <section className="gallery__section" aria-labelledby="recent-heading">
      <h3 id="recent-heading" className="gallery__heading">
        Recent
      </h3>
      <ul className="recent-list">
        {recent.map((r) => (
          <li key={r.id}>
            <button type="button" className="recent-list__item" title={recentHint(r)} onClick={() => onOpen(r.id)}>
              <span className="recent-list__name">{recentLabel(r)}</span>
              <span className="recent-list__title">{recentDetail(r)}</span>
              {r.usedAt && <span className="recent-list__when">{formatWhen(r.usedAt)}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
