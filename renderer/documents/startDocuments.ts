/** Connects the app to its platform once the app is on screen; resolves when a left-over draft has been offered. */
import { flowStore } from '../store/flowStore.ts';
import { fileCommands, platform } from './appDocuments.ts';
import { connectPlatform } from './connectPlatform.ts';
import { documentsStore } from './documentsStore.ts';

/** Starts the documents feature for this window. */
export function startDocuments(): Promise<void> {
  return connectPlatform(platform, flowStore, documentsStore, fileCommands, window).started;
}
