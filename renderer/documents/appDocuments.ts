/** The app's platform and File commands: one of each for the window, over the app's stores. */
import { createPlatform } from '../platform/createPlatform.ts';
import { flowStore } from '../store/flowStore.ts';
import { browserDialogs } from './browserDialogs.ts';
import { createFileCommands } from './fileCommands.ts';
import { documentsStore } from './documentsStore.ts';

export const platform = createPlatform(browserDialogs(documentsStore));
export const fileCommands = createFileCommands(flowStore, platform, documentsStore);
