/**
 * The Draw tab: the pad, the 28 x 28 image the model is fed (the
 * drawing scaled and centred as MNIST's digits were), and the trained
 * model's probabilities, updated as the user draws.
 */
import { useMemo, useState } from 'react';
import { mnistClassifierOf } from '../../core/graph/mnistClassifier.ts';
import { useDocument, useFlow } from '../store/hooks.ts';
import { DigitImage } from './DigitImage.tsx';
import { DrawingPad } from './DrawingPad.tsx';
import { ProbabilityBars } from './ProbabilityBars.tsx';
import { usePrediction } from './usePrediction.ts';
import './poke.css';

export function DrawPanel() {
  const doc = useDocument();
  const classifier = useMemo(() => mnistClassifierOf(doc), [doc]);
  const [digit, setDigit] = useState<Float32Array | undefined>(undefined);
  // The model changes as it trains: the same drawing is asked again at each new matrix or status.
  const trainedAt = useFlow((s) => (s.run.trainedDocument === s.document ? `${s.run.status}:${s.run.confusion?.step}` : undefined));
  const prediction = usePrediction(digit, trainedAt);
  if ('why' in classifier) return <p className="panel__empty">Drawing needs a classifier over MNIST: {classifier.why}.</p>;
  return (
    <div className="poke-draw">
      <DrawingPad onDigit={setDigit} />
      <figure className="poke-draw__fed">
        {digit ? <DigitImage pixels={digit} size={112} label="The drawn digit as the model sees it" /> : <div className="poke-draw__blank" />}
        <figcaption className="chart-card__note">What the model is fed: 28 x 28, scaled into a 20-pixel box and centred by mass, as MNIST’s digits were.</figcaption>
      </figure>
      <div className="poke-draw__prediction">
        {!digit ? (
          <p className="panel__empty">Draw a digit on the pad{trainedAt === undefined ? ' (train the graph first: an untrained model only guesses)' : ''}.</p>
        ) : prediction?.ok ? (
          <ProbabilityBars probabilities={prediction.probabilities} />
        ) : (
          <p className="panel__empty">{prediction ? prediction.message : 'Predicting…'}</p>
        )}
      </div>
    </div>
  );
}
