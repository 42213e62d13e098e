/** What the app shows first: the sample named by `?sample=NAME`, else hello. */
import { flowStore } from '../store/flowStore.ts';
import { loadSample } from './samples.ts';

export const START_SAMPLE = 'hello';

/** Opens the start document in the app's store; a bad `?sample=` is reported as a notice. */
export async function openStartDocument(search: string): Promise<void> {
  const wanted = new URLSearchParams(search).get('sample') ?? START_SAMPLE;
  let name = wanted;
  let result = await loadSample(name);
  if (!result?.document && name !== START_SAMPLE) {
    name = START_SAMPLE;
    result = await loadSample(name);
  }
  const state = flowStore.getState();
  if (result?.document) state.openDocument(result.document, { name, origin: 'sample' });
  if (name !== wanted) state.setNotice({ kind: 'error', text: `There is no sample called "${wanted}"; opened "${name}" instead.` });
}
