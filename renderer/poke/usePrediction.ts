/**
 * A drawn digit's prediction, live: the latest pixels go to the worker with
 * at most one request in flight, so drawing fast never queues a backlog; the
 * answer for the newest pixels always comes last.
 */
import { useEffect, useRef, useState } from 'react';
import { training } from '../training/appTraining.ts';
import type { PredictResult } from '../training/protocol.ts';

/** The prediction for `pixels` (undefined while the pad is empty); `trainedAt` re-asks when the model changed. */
export function usePrediction(pixels: Float32Array | undefined, trainedAt: unknown): PredictResult | undefined {
  const [result, setResult] = useState<PredictResult | undefined>(undefined);
  const flight = useRef<{ busy: boolean; next: Float32Array | undefined }>({ busy: false, next: undefined });
  useEffect(() => {
    if (!pixels) {
      // The hook returns nothing for an empty pad; a request in flight still lands, unshown.
      flight.current.next = undefined;
      return;
    }
    const ask = (p: Float32Array) => {
      flight.current.busy = true;
      void training()
        .predict(p)
        .then((r) => {
          flight.current.busy = false;
          const next = flight.current.next;
          flight.current.next = undefined;
          setResult(r);
          if (next) ask(next);
        });
    };
    if (flight.current.busy) flight.current.next = pixels;
    else ask(pixels);
  }, [pixels, trainedAt]);
  return pixels ? result : undefined;
}
