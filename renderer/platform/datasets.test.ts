import { describe, expect, it } from 'vitest';
import { fetchDatasets } from './datasets.ts';

function fakeFetch(files: Record<string, Uint8Array>, headers: (bytes: Uint8Array) => Record<string, string> = (bytes) => ({ 'content-length': String(bytes.length) })) {
  const urls: string[] = [];
  const fetcher = async (url: string) => {
    urls.push(url);
    const bytes = files[new URL(url).pathname];
    if (!bytes) return new Response('missing', { status: 404 });
    // Two chunks, so progress is reported on the way.
    const half = Math.floor(bytes.length / 2);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, half));
        c.enqueue(bytes.slice(half));
        c.close();
      },
    });
    return new Response(body, { headers: headers(bytes) });
  };
  return { urls, fetcher };
}

describe('datasets fetched from the app', () => {
  it('reads a file below the base URL with progress, once', async () => {
    const { urls, fetcher } = fakeFetch({ '/app/datasets/mnist/t10k-labels-idx1-ubyte': new Uint8Array([1, 2, 3, 4]) });
    const datasets = fetchDatasets('http://x/app/datasets/', fetcher);
    const progress: [number, number][] = [];
    const bytes = await datasets.readBytes('mnist/t10k-labels-idx1-ubyte', (done, total) => progress.push([done, total]));
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(progress).toEqual([[2, 4], [4, 4]]);
    await datasets.readBytes('mnist/t10k-labels-idx1-ubyte');
    expect(urls).toEqual(['http://x/app/datasets/mnist/t10k-labels-idx1-ubyte']);
  });

  it('refuses paths outside the datasets, and says which file is missing', async () => {
    const { urls, fetcher } = fakeFetch({});
    const datasets = fetchDatasets('http://x/datasets/', fetcher);
    await expect(datasets.readBytes('../index.html')).rejects.toThrow('no dataset file ../index.html');
    await expect(datasets.readBytes('mnist/nope')).rejects.toThrow('the dataset file mnist/nope could not be loaded (HTTP 404)');
    expect(urls).toEqual(['http://x/datasets/mnist/nope']);
  });

  it('knows an IDX file’s size from its header when the server sends no length (the desktop app), or a compressed one', async () => {
    // A labels file of 4 labels: 8 header bytes and 4 bytes of labels.
    const file = Uint8Array.of(0, 0, 8, 1, 0, 0, 0, 4, 1, 2, 3, 4);
    for (const headers of [() => ({}), () => ({ 'content-length': '7', 'content-encoding': 'gzip' })]) {
      const { fetcher } = fakeFetch({ '/d/mnist/t10k-labels-idx1-ubyte': file }, headers);
      const progress: [number, number][] = [];
      await fetchDatasets('http://x/d/', fetcher).readBytes('mnist/t10k-labels-idx1-ubyte', (done, total) => progress.push([done, total]));
      expect(progress).toEqual([[6, 0], [12, 12]]);
    }
  });
});
