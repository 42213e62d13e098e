/** The run controls: Train, Pause, Step, Reset, the run settings and the progress bar. */
import { trainNodeOf } from '../../core/graph/trainNode.ts';
import { RunButton } from '../run/RunButton.tsx';
import { actions } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { useGraphChangedSinceRun, useRunSettings, useRunStatus } from '../store/runHooks.ts';
import { training } from '../training/appTraining.ts';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './runIcons.tsx';
import { RunProgress } from './RunProgress.tsx';
import { SettingField } from './SettingField.tsx';
import { StepThrough } from './StepThrough.tsx';

/** A toolbar row under the document toolbar. */
export function RunToolbar() {
  const status = useRunStatus();
  const settings = useRunSettings();
  const hasTrain = useFlow((s) => trainNodeOf(s.document) !== undefined);
  const minimizes = useFlow((s) => s.document.nodes.filter((n) => n.op === 'Minimize').length);
  const noTrain = minimizes > 1 ? 'Pick the Minimize node to train in the Session panel' : 'Add a Minimize node to train';
  const busy = status === 'training' || status === 'loading' || status === 'starting';
  const changed = useGraphChangedSinceRun();
  // A finished run of a graph edited since can train again: as a new run.
  const finished = status === 'finished' && !changed;
  const client = training();
  return (
    <div className="runbar" role="toolbar" aria-label="Run">
      <RunButton />
      <span className="toolbar__sep" aria-hidden />
      <div className="toolbar__group">
        <button
          type="button"
          className="button button--primary"
          aria-label="Train"
          title={finished ? 'Finished: Reset to train again' : hasTrain ? 'Train until the last step (a changed graph or session starts a new run)' : noTrain}
          disabled={busy || finished || !hasTrain}
          onClick={() => client.train()}
        >
          <PlayIcon />
          <span className="button__label">Train</span>
        </button>
        <button type="button" className="button" aria-label="Pause" title="Pause after the current step" disabled={status !== 'training'} onClick={() => client.pause()}>
          <PauseIcon />
          <span className="button__label">Pause</span>
        </button>
        <button type="button" className="button" aria-label="Step" title="One training step" disabled={busy || finished || !hasTrain} onClick={() => client.step()}>
          <StepIcon />
          <span className="button__label">Step</span>
        </button>
        <button type="button" className="button" aria-label="Reset" title="Re-initialise the variables with the seed (a new run)" disabled={status === 'starting' || !hasTrain} onClick={() => client.reset()}>
          <ResetIcon />
          <span className="button__label">Reset</span>
        </button>
      </div>
      <StepThrough disabled={busy || finished || !hasTrain} />
      <span className="toolbar__sep" aria-hidden />
      <label className="run-field" title="Count steps or epochs">
        <select className="run-field__select" aria-label="Count" value={settings.mode} onChange={(e) => actions.setRunSettings({ mode: e.target.value as 'steps' | 'epochs' })}>
          <option value="steps">Steps</option>
          <option value="epochs">Epochs</option>
        </select>
      </label>
      <SettingField label={settings.mode === 'steps' ? 'Steps' : 'Epochs'} shown="" value={settings.count} title="How long to train" onChange={(count) => actions.setRunSettings({ count })} />
      <SettingField label="Batch size" shown="Batch" value={settings.batchSize} placeholder="all" title="Examples per step; empty trains on all the data every step" onChange={(batchSize) => actions.setRunSettings({ batchSize })} />
      <SettingField label="Seed" value={settings.seed} min={0} title="The graph seed (TF1's tf.set_random_seed): with each random node's op seed it gives the initial values, dropout masks and batch order TensorFlow would draw" onChange={(seed) => actions.setRunSettings({ seed: seed ?? 0 })} />
      <SettingField label="Log every" value={settings.logEvery} placeholder="auto" title="Log and chart every this many steps" onChange={(logEvery) => actions.setRunSettings({ logEvery })} />
      <span className="toolbar__sep" aria-hidden />
      <RunProgress />
    </div>
  );
}
