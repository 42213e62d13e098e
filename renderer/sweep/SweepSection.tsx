/**
 * The Session panel's "Sweep" section: define one or two axes and a number
 * of seeds (kept in the document's session.sweep, each change one undo
 * step), then Run sweep trains every run in a worker of its own, with the
 * progress and a Stop here. Results show in the Scalars tab.
 */
import { useMemo } from 'react';
import type { SweepAxis, SweepDefinition } from '../../core/sweep/sweep.ts';
import { SWEEP_LIMITS } from '../../core/sweep/sweep.ts';
import { SettingField } from '../panels/SettingField.tsx';
import { actions } from '../store/flowStore.ts';
import { useDocument, useFlow } from '../store/hooks.ts';
import { sweeps } from '../training/appSweep.ts';
import { SweepAxisEditor } from './SweepAxisEditor.tsx';
import { SweepProgressView } from './SweepProgressView.tsx';
import { findTarget, suggestedValues, sweepTargets } from './sweepTargets.ts';

/** The "Sweep" section. */
export function SweepSection() {
  const doc = useDocument();
  const running = useFlow((s) => s.sweepProgress.status === 'running');
  const targets = useMemo(() => sweepTargets(doc), [doc]);
  const sweep = doc.session?.sweep;
  const set = (next: SweepDefinition | undefined) => actions.setSweep(next);
  const firstAxis = (): SweepAxis => {
    const t = targets.find((x) => x.target.endsWith('.optimizer')) ?? targets.find((x) => x.target.endsWith('.learningRate')) ?? targets[0];
    return { target: t.target, values: suggestedValues(t) };
  };
  const unused = targets.find((t) => !sweep?.axes.some((a) => findTarget(targets, a.target) === t));
  const settings = sweep?.axes.reduce((n, a) => n * a.values.length, 1) ?? 0;
  return (
    <section aria-labelledby="session-sweep">
      <h2 className="panel__heading" id="session-sweep">
        Sweep
      </h2>
      {!sweep ? (
        <>
          <p className="session__note">Train this graph over settings and seeds, to tell a real difference from seed noise.</p>
          <button type="button" className="button" onClick={() => set({ axes: [firstAxis()], seeds: 3 })}>
            Define a sweep
          </button>
        </>
      ) : (
        <>
          <ul className="session__list sweep__axes" aria-label="Sweep axes">
            {sweep.axes.map((axis, i) => (
              <SweepAxisEditor
                key={i}
                index={i}
                axis={axis}
                targets={targets}
                onChange={(next) => set({ ...sweep, axes: sweep.axes.map((a, j) => (j === i ? next : a)) })}
                onRemove={() => set(sweep.axes.length === 1 ? undefined : { ...sweep, axes: sweep.axes.filter((_, j) => j !== i) })}
              />
            ))}
          </ul>
          <div className="sweep__row">
            {sweep.axes.length < SWEEP_LIMITS.axes && unused && (
              <button type="button" className="button" onClick={() => set({ ...sweep, axes: [...sweep.axes, { target: unused.target, values: suggestedValues(unused) }] })}>
                + Second axis
              </button>
            )}
            <SettingField label="Sweep seeds" shown="Seeds" value={sweep.seeds} title={`Runs per setting, with graph seeds ${sweep.firstSeed ?? 1}, ${(sweep.firstSeed ?? 1) + 1}, …`} onChange={(seeds) => seeds !== undefined && set({ ...sweep, seeds })} />
          </div>
          <p className="session__note" data-testid="sweep-size">
            {settings} setting{settings === 1 ? '' : 's'} × {sweep.seeds} seed{sweep.seeds === 1 ? '' : 's'} = {settings * sweep.seeds} runs of {doc.session?.steps ?? doc.session?.epochs ?? ''} {doc.session?.epochs !== undefined && doc.session.steps === undefined ? 'epochs' : 'steps'}
          </p>
          <div className="sweep__row">
            {running ? (
              <button type="button" className="button" onClick={() => sweeps().stop()}>
                Stop sweep
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => sweeps().start()}>
                Run sweep
              </button>
            )}
          </div>
          <SweepProgressView />
        </>
      )}
    </section>
  );
}
