/**
 * Carries out a lesson link's actions on the app, in order; the first that
 * cannot be done stops the rest and says why in the status bar (a link that
 * names a node the learner has since renamed, say).
 */
import { fileCommands } from '../documents/appDocuments.ts';
import { openRun } from '../run/runActions.ts';
import { actions as editing, flowStore } from '../store/flowStore.ts';
import { training } from '../training/appTraining.ts';
import type { LessonAction } from './lessonActions.ts';

/** Runs the actions; resolves when the last has been started. */
export async function runLessonActions(actions: readonly LessonAction[]): Promise<void> {
  for (const action of actions) {
    const problem = await runOne(action);
    if (problem) return flowStore.getState().setNotice({ kind: 'error', text: `This lesson link cannot act: ${problem}` });
  }
}

/** Node id by name in the open document. */
function idOf(name: string): string | undefined {
  return flowStore.getState().document.nodes.find((n) => n.name === name)?.id;
}

const missing = (name: string) => `there is no node "${name}" in this graph`;

async function runOne(action: LessonAction): Promise<string | undefined> {
  const s = flowStore.getState();
  const client = training();
  switch (action.kind) {
    case 'seed': {
      // The seed is the session's: an undoable edit of the document, as in the Session panel.
      const result = editing.setRunSettings({ seed: action.seed });
      if (!result.ok) return result.error;
      // "Try seed 3" means variables that start from seed 3: a loaded run starts over with it.
      if (s.run.status !== 'idle' && s.run.status !== 'starting' && s.run.step > 0) client.reset();
      return undefined;
    }
    case 'steps': {
      const result = editing.setRunSettings({ mode: 'steps', count: action.steps });
      return result.ok ? undefined : result.error;
    }
    case 'train':
      client.train();
      return undefined;
    case 'reset':
      client.reset();
      return undefined;
    case 'gradients':
      s.setShowGradients(action.show === 'toggle' ? !s.showGradients : action.show);
      return undefined;
    case 'select': {
      const id = idOf(action.node);
      if (!id) return missing(action.node);
      s.select([id]);
      return undefined;
    }
    case 'run': {
      const fetches = action.fetches.map(idOf);
      const unknown = action.fetches.find((_, i) => fetches[i] === undefined);
      if (unknown !== undefined) return missing(unknown);
      const feeds: Record<string, string> = {};
      for (const [name, value] of Object.entries(action.feeds)) {
        const id = idOf(name);
        if (!id) return missing(name);
        feeds[id] = value;
      }
      openRun({ fetches: fetches as string[], feeds, run: true });
      return undefined;
    }
    case 'set': {
      const id = idOf(action.node);
      if (!id) return missing(action.node);
      const result = editing.setAttr(id, action.attr, action.value);
      return result.ok ? undefined : `${action.node}: ${result.error}`;
    }
    case 'open':
      await fileCommands.openSample(action.sample);
      return undefined;
  }
}
