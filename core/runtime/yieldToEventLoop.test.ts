import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

describe('yieldToEventLoop', () => {
  it('lets a queued macrotask run before it resolves', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await new Promise((r) => setTimeout(r, 5));
    const queued = new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        order.push('message');
        resolve();
      };
      channel.port2.postMessage(null);
    });
    await yieldToEventLoop();
    order.push('resumed');
    await queued;
    expect(order).toEqual(['timer', 'message', 'resumed']);
  });
});
