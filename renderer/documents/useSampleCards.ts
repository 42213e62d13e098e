/** The gallery's cards, loaded when first needed. */
import { useEffect, useState } from 'react';
import { loadSampleCards, type SampleCard } from './sampleCatalog.ts';

/** The cards, or undefined while they load. */
export function useSampleCards(): SampleCard[] | undefined {
  const [cards, setCards] = useState<SampleCard[]>();
  useEffect(() => {
    let live = true;
    void loadSampleCards().then((c) => live && setCards(c));
    return () => {
      live = false;
    };
  }, []);
  return cards;
}
