/**
 * The layering rules of eslint.config.js catch what they are there for: each
 * case lints one import line as if it sat in the named file.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The no-restricted-imports messages for `source` placed at `filePath`. */
async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it.each([
    ['the worker imports the store', 'renderer/worker/x.ts', "import { flowStore } from '../store/flowStore.ts';", /must not import the UI/],
    ['the worker imports a panel', 'renderer/worker/x.ts', "import { NodePanel } from '../panels/NodePanel.tsx';", /must not import the UI/],
    ['the worker imports the training client', 'renderer/worker/x.ts', "import { training } from '../training/appTraining.ts';", /only the protocol/],
    ['the page imports the worker', 'renderer/panels/x.ts', "import { TrainingHost } from '../worker/trainingHost.ts';", /only through renderer\/training/],
    ['the page imports TensorFlow.js', 'renderer/plots/x.ts', "import * as tf from '@tensorflow/tfjs-core';", /training worker only/],
    ['the platform imports TensorFlow.js', 'renderer/platform/x.ts', "import * as tf from '@tensorflow/tfjs';", /training worker only/],
    ['a panel imports Electron', 'renderer/panels/x.ts', "import { ipcRenderer } from 'electron';", /renderer\/platform/],
    ['core imports React', 'core/graph/x.ts', "import { useState } from 'react';", /no React/],
    ['core/graph imports TensorFlow.js', 'core/graph/x.ts', "import * as tf from '@tensorflow/tfjs-core';", /Only core\/compile and core\/runtime/],
  ])('refuses when %s', async (_what, file, source, message) => {
    const messages = await restricted(file, source);
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
  });

  it.each([
    ['the worker imports the protocol', 'renderer/worker/x.ts', "import type { ToWorker } from '../training/protocol.ts';"],
    ['the worker imports the dataset fetcher', 'renderer/worker/x.ts', "import { fetchDatasets } from '../platform/datasets.ts';"],
    ['the worker imports TensorFlow.js', 'renderer/worker/x.ts', "import * as tf from '@tensorflow/tfjs-core';"],
    ['a panel imports the training client', 'renderer/panels/x.ts', "import { training } from '../training/appTraining.ts';"],
    ['core/runtime imports TensorFlow.js', 'core/runtime/x.ts', "import * as tf from '@tensorflow/tfjs-core';"],
  ])('allows %s', async (_what, file, source) => {
    expect(await restricted(file, source)).toEqual([]);
  });
});
