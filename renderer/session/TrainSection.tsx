/** The session's training settings: the Minimize node Train runs, steps or epochs, batch size, seed and log interval. */
import { trainNodeOf } from '../../core/graph/trainNode.ts';
import { SettingField } from '../panels/SettingField.tsx';
import { actions } from '../store/flowStore.ts';
import { useDocument } from '../store/hooks.ts';
import { useRunSettings } from '../store/runHooks.ts';

/** The "Training" section. */
export function TrainSection() {
  const doc = useDocument();
  const settings = useRunSettings();
  const minimizes = doc.nodes.filter((n) => n.op === 'Minimize');
  const train = trainNodeOf(doc);
  return (
    <section aria-labelledby="session-training">
      <h2 className="panel__heading" id="session-training">
        Training
      </h2>
      <div className="session__row">
        <span className="session__label">Minimize</span>
        {minimizes.length === 0 && <span className="session__note">none yet: add a Minimize on the cost to train</span>}
        {minimizes.length === 1 && (
          <span className="session__value" title="The graph's only Minimize node is the one Train runs">
            {minimizes[0].name}
          </span>
        )}
        {minimizes.length > 1 && (
          <select className="input session__select" aria-label="Train node" value={train ?? ''} onChange={(e) => actions.setTrainTarget(e.target.value)}>
            {train === undefined && (
              <option value="" disabled>
                pick the one to train
              </option>
            )}
            {minimizes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="session__settings">
        <label className="run-field" title="Count steps or epochs">
          <span className="run-field__label">Count</span>
          <select className="run-field__select" aria-label="Session count" value={settings.mode} onChange={(e) => actions.setRunSettings({ mode: e.target.value as 'steps' | 'epochs' })}>
            <option value="steps">Steps</option>
            <option value="epochs">Epochs</option>
          </select>
        </label>
        <SettingField
          label={`Session ${settings.mode}`}
          shown={settings.mode === 'steps' ? 'Steps' : 'Epochs'}
          value={settings.count}
          title="How long to train"
          onChange={(count) => actions.setRunSettings({ count })}
        />
        <SettingField
          label="Session batch size"
          shown="Batch size"
          value={settings.batchSize}
          placeholder="all"
          title="Examples per step; empty trains on all the data every step"
          onChange={(batchSize) => actions.setRunSettings({ batchSize })}
        />
        <SettingField
          label="Session seed"
          shown="Seed"
          value={settings.seed}
          min={0}
          title="The graph seed (TF1's tf.set_random_seed): with each random node's op seed it gives the initial values, dropout masks and batch order TensorFlow would draw"
          onChange={(seed) => actions.setRunSettings({ seed: seed ?? 0 })}
        />
        <SettingField
          label="Session log every"
          shown="Log every"
          value={settings.logEvery}
          placeholder="auto"
          title="Log and chart every this many steps"
          onChange={(logEvery) => actions.setRunSettings({ logEvery })}
        />
      </div>
    </section>
  );
}
