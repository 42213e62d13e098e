/**
 * The training worker's entry: picks the fastest real backend, says which and
 * why, then hands every message to a TrainingHost. Started by the UI with
 * `new Worker(new URL('./trainingWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { fetchDatasets } from '../platform/datasets.ts';
import { throttleDataProgress } from './dataProgressThrottle.ts';
import { chooseBackends, withRequested } from './backendChoice.ts';
import { probeBackends } from './probeBackends.ts';
import type { BackendRequest, FromWorker, StartWorker, ToWorker } from '../training/protocol.ts';
import { startBackend } from './startBackend.ts';
import { TrainingHost } from './trainingHost.ts';

/** The part of DedicatedWorkerGlobalScope used here (the DOM lib the app compiles with does not declare it). */
interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<StartWorker | ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Starts the backend the page's first message asks for; resolves to the host that takes every later message. */
async function start(request: BackendRequest): Promise<TrainingHost | undefined> {
  try {
    const started = await startBackend(withRequested(chooseBackends(await probeBackends()), request.backend), request);
    const { backend, ...report } = started;
    post({ type: 'backend', backend: report });
    const providers = new Map<string, ReturnType<typeof fetchDatasets>>();
    const onDataProgress = throttleDataProgress((progress) => post({ type: 'dataProgress', progress }));
    return new TrainingHost({
      backend,
      post,
      dataContext(base) {
        // One provider per base keeps MNIST's files cached across runs.
        if (!providers.has(base)) providers.set(base, fetchDatasets(base));
        return { datasets: providers.get(base), onDataProgress };
      },
    });
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message, nodeId: undefined, step: undefined, nonFinite: false });
    post({ type: 'status', status: 'failed', step: 0, message: (e as Error).message });
    return undefined;
  }
}

// Messages that arrive while the backend starts wait for it, in order.
let ready: Promise<TrainingHost | undefined> | undefined;
scope.onmessage = (event: MessageEvent<StartWorker | ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') ready ??= start(message.request);
  else void (ready ??= start({})).then((host) => host?.handle(message));
};
