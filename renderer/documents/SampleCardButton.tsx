/** One sample in the gallery: its picture, lesson number, title and the first lines of its lesson. Opens it on click. */
import type { SampleCard } from './sampleCatalog.ts';
import { GraphPicture } from './GraphPicture.tsx';

/** A card; its accessible name is the sample's title. */
export function SampleCardButton({ card, onOpen }: { card: SampleCard; onOpen(name: string): void }) {
  const summaryId = `sample-summary-${card.name}`;
  return (
    <li className="sample-card">
      <button type="button" className="sample-card__button" aria-label={card.title} aria-describedby={summaryId} onClick={() => onOpen(card.name)}>
        <span className="sample-card__picture">
          <GraphPicture picture={card.picture} />
        </span>
        <span className="sample-card__body">
          <span className="sample-card__meta">
            {card.lesson !== undefined ? `Lesson ${card.lesson}` : 'Sample'} · <span className="sample-card__name">{card.name}</span>
          </span>
          <span className="sample-card__title">{card.title}</span>
          <span id={summaryId} className="sample-card__summary">
            {card.summary}
          </span>
        </span>
      </button>
    </li>
  );
}
