/** The model's probability of each digit as bars, the predicted one marked. */
import { percent } from './confusionLook.ts';

export function ProbabilityBars({ probabilities }: { probabilities: Float32Array }) {
  let best = 0;
  probabilities.forEach((v, c) => (v > probabilities[best] ? (best = c) : undefined));
  return (
    <ol className="probability-bars" aria-label="Predicted probabilities" data-testid="prediction" data-predicted={best}>
      {Array.from(probabilities, (v, c) => (
        <li key={c} className={c === best ? 'probability-bars__row probability-bars__row--best' : 'probability-bars__row'}>
          <span className="probability-bars__digit">{c}</span>
          <span className="probability-bars__track">
            <span className="probability-bars__bar" style={{ width: `${v * 100}%` }} />
          </span>
          <span className="probability-bars__value">{percent(v)}</span>
        </li>
      ))}
    </ol>
  );
}
