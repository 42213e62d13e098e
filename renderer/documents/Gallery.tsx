/**
 * The sample gallery: a searchable grid of the course's samples, each with
 * its picture, lesson and title, and the recent documents above them. Opening
 * one goes through the platform, which asks about unsaved changes first.
 */
import { useState } from 'react';
import { fileCommands, platform } from './appDocuments.ts';
import { documentsStore } from './documentsStore.ts';
import { Modal } from '../ui/Modal.tsx';
import { RecentList } from './RecentList.tsx';
import { filterCards } from './sampleCatalog.ts';
import { SampleCardButton } from './SampleCardButton.tsx';
import { useGalleryOpen, useRecentDocuments } from './useDocuments.ts';
import { useSampleCards } from './useSampleCards.ts';

/** Mounted once; shows while the gallery is open. */
export function Gallery() {
  return useGalleryOpen() ? <GalleryDialog /> : null;
}

function GalleryDialog() {
  const [query, setQuery] = useState('');
  const cards = useSampleCards();
  const recent = useRecentDocuments();
  const close = () => documentsStore.getState().setGalleryOpen(false);
  const shown = cards && filterCards(cards, query);
  return (
    <Modal titleId="gallery-title" onCancel={close} className="gallery">
      <header className="gallery__header">
        <h2 id="gallery-title" className="modal__title">
          Samples
        </h2>
        <input className="input gallery__search" type="search" placeholder="Search lessons" aria-label="Search samples" value={query} data-autofocus onChange={(e) => setQuery(e.target.value)} />
        <button type="button" className="button" aria-label="Close" title="Close (Esc)" onClick={close}>
          <span className="button__icon" aria-hidden>
            ×
          </span>
        </button>
      </header>
      <div className="gallery__body">
        {platform.listsRecentDocuments && query === '' && <RecentList recent={recent} onOpen={(id) => void fileCommands.openRecent(id)} />}
        <section className="gallery__section" aria-labelledby="lessons-heading">
          <h3 id="lessons-heading" className="gallery__heading">
            Lessons
          </h3>
          {!shown ? (
            <p className="gallery__empty">Loading samples…</p>
          ) : shown.length === 0 ? (
            <p className="gallery__empty" role="status">
              No sample matches “{query}”.
            </p>
          ) : (
            <ul className="gallery__grid">
              {shown.map((card) => (
                <SampleCardButton key={card.name} card={card} onOpen={(name) => void fileCommands.openSample(name)} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </Modal>
  );
}
