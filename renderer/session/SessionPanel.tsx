/**
 * The Session tab: everything the document's session holds, editable. What
 * Train runs and for how long, the values it logs and draws as images, and the data bound to each
 * Placeholder, and the sweep over settings and seeds. Every change is an undoable edit of the document.
 */
import { DataSection } from './DataSection.tsx';
import { FetchSection } from './FetchSection.tsx';
import { ImageSection } from './ImageSection.tsx';
import { TrainSection } from './TrainSection.tsx';
import { SweepSection } from '../sweep/SweepSection.tsx';

/** The session editor. */
export function SessionPanel() {
  return (
    <div className="properties__body session" aria-label="Session">
      <TrainSection />
      <DataSection />
      <FetchSection />
      <ImageSection />
      <SweepSection />
    </div>
  );
}
