/**
 * Lets queued events (a pause message, a progress redraw) run between training
 * steps. A MessageChannel message is a macrotask without setTimeout's 1-4 ms
 * clamp, which cost ~5% of a training run; it exists in browsers, workers and
 * Node alike.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
