/**
 * Every IPC handler goes through here: the message must come from the main
 * frame of a Flowboard window showing the app, and its payload must pass its
 * validator. Anything else is refused and logged, and the handler never runs.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { InvokeChannel, SendChannel } from '../common/channels.ts';
import type { Checked, Validator } from '../common/validatePayloads.ts';
import type { Log } from './log.ts';
import { isAppUrl } from './origins.ts';

export interface SenderPolicy {
  /** Origins the app is served from: `app://flowboard`, or the dev server in development. */
  appOrigins: readonly string[];
  /** Whether the contents belong to one of the app's windows. */
  isAppWindow(contents: WebContents): boolean;
  log: Log;
}

/** Why a message's sender is not trusted, or undefined when it is. */
export function senderProblem(event: IpcMainEvent | IpcMainInvokeEvent, policy: SenderPolicy): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return `a subframe (${frame.url}) sent it`;
  if (!isAppUrl(frame.url, policy.appOrigins)) return `the sender ${JSON.stringify(frame.url)} is not the app`;
  if (!policy.isAppWindow(event.sender)) return 'the sender is not a Flowboard window';
  return undefined;
}

/** Registers an answered handler (`invoke`); a refused message rejects the renderer's promise. */
export function handleInvoke<T, R>(
  channel: InvokeChannel,
  validate: Validator<T>,
  handler: (payload: T, event: IpcMainInvokeEvent) => R | Promise<R>,
  policy: SenderPolicy,
): void {
  ipcMain.handle(channel, (event, payload: unknown) => {
    const admitted = admit(channel, event, payload, validate, policy);
    // The renderer learns only that it was refused; the details are in the log.
    if (!admitted.ok) throw new Error(`${channel} refused: ${admitted.reason}`);
    return handler(admitted.value, event);
  });
}

/** Registers a fire-and-forget handler (`send`); a refused message is dropped. */
export function handleSend<T>(channel: SendChannel, validate: Validator<T>, handler: (payload: T, event: IpcMainEvent) => void, policy: SenderPolicy): void {
  ipcMain.on(channel, (event, payload: unknown) => {
    const admitted = admit(channel, event, payload, validate, policy);
    if (admitted.ok) handler(admitted.value, event);
  });
}

/**
 * The validated payload, or a short reason after logging the full one. Any
 * exception while inspecting the sender or the payload (a frame whose `url`
 * getter throws, a validator bug) is a refusal too, never a way past the guard.
 */
function admit<T>(channel: string, event: IpcMainEvent | IpcMainInvokeEvent, payload: unknown, validate: Validator<T>, policy: SenderPolicy): Checked<T> {
  let url: string | undefined;
  try {
    const sender = senderProblem(event, policy);
    if (sender) {
      policy.log(`refused ${channel}: ${sender}`);
      return { ok: false, reason: 'untrusted sender' };
    }
    url = event.senderFrame?.url;
  } catch (e) {
    policy.log(`refused ${channel}: the sender could not be inspected (${describe(e)})`);
    return { ok: false, reason: 'untrusted sender' };
  }
  try {
    const checked = validate(payload);
    if (!checked.ok) {
      policy.log(`refused ${channel} from ${url}: malformed payload (${checked.reason})`);
      return { ok: false, reason: 'malformed payload' };
    }
    return checked;
  } catch (e) {
    policy.log(`refused ${channel} from ${url}: the payload could not be checked (${describe(e)})`);
    return { ok: false, reason: 'malformed payload' };
  }
}

function describe(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an exception';
  }
}
