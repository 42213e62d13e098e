/** Every IPC channel the main process answers, each with its payload validator, routed to the sender's document. */
import type { WebContents } from 'electron';
import { InvokeChannel, SendChannel } from '../common/channels.ts';
import { checkDocumentState, checkDocumentText, checkExportFileRequest, checkExportRequest, checkNothing, checkRecentId, checkSampleName, checkSaveRequest } from '../common/validatePayloads.ts';
import type { DocumentController } from './documentController.ts';
import { handleInvoke, handleSend, type SenderPolicy } from './ipcGuard.ts';

/**
 * Registers the handlers. `controllerFor` finds the sender's document; the
 * policy's `isAppWindow` must admit only senders it knows.
 */
export function registerIpcHandlers(policy: SenderPolicy, controllerFor: (contents: WebContents) => DocumentController): void {
  const c = (event: { sender: WebContents }) => controllerFor(event.sender);
  handleInvoke(InvokeChannel.rendererReady, checkNothing, (_, e) => c(e).rendererReady(), policy);
  handleInvoke(InvokeChannel.save, checkSaveRequest, (request, e) => c(e).save(request), policy);
  handleInvoke(InvokeChannel.exportImage, checkExportRequest, (request, e) => c(e).exportImage(request), policy);
  handleInvoke(InvokeChannel.exportFile, checkExportFileRequest, (request, e) => c(e).exportFile(request), policy);
  handleInvoke(InvokeChannel.confirmReplace, checkNothing, (_, e) => c(e).confirmReplace(), policy);
  handleInvoke(InvokeChannel.requestOpen, checkNothing, (_, e) => c(e).open(), policy);
  handleInvoke(InvokeChannel.requestNew, checkNothing, (_, e) => c(e).newDocument(), policy);
  handleInvoke(InvokeChannel.requestOpenSample, checkSampleName, (name, e) => c(e).openSample(name), policy);
  handleInvoke(InvokeChannel.listRecent, checkNothing, (_, e) => c(e).listRecent(), policy);
  handleInvoke(InvokeChannel.requestOpenRecent, checkRecentId, (id, e) => c(e).openRecent(id), policy);
  handleSend(SendChannel.documentState, checkDocumentState, (state, e) => c(e).setDocumentState(state), policy);
  handleSend(SendChannel.autosave, checkDocumentText, (text, e) => c(e).autosave(text), policy);
}
