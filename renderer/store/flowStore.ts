/** The app's one store and its actions. Tests make their own with createFlowStore(). */
import { createActions } from './actions.ts';
import { createFlowStore } from './createFlowStore.ts';

export const flowStore = createFlowStore();
export const actions = createActions(flowStore);
