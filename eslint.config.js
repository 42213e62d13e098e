// Lint: typescript-eslint's recommended rules plus the layering rules of
// ARCHITECTURE.md. Imports point down; core stays pure TypeScript.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The renderer runs in a browser too: it reaches the desktop only through renderer/platform.
const forbiddenInRenderer = [
  // Regexes, because a gitignore-style 'electron/*' would also match the relative path ../electron/common.
  { regex: '^electron(/|$)', message: 'renderer/ must not import Electron; go through renderer/platform.' },
  { regex: '(^|/)electron/(main|preload)(/|$)', message: 'renderer/ must not import the main or preload process.' },
  { regex: '(^|/)cli(/|$)', message: 'renderer/ must not import the command line.' },
];
const forbiddenOutsidePlatform = [
  ...forbiddenInRenderer,
  { regex: '(^|/)electron/common(/|$)', message: 'Only renderer/platform may import electron/common.' },
];

// The thread boundary (ARCHITECTURE.md): the page never loads TensorFlow.js or the worker's code; it
// talks to the worker through renderer/training (the client and the neutral protocol).
const forbiddenOnPage = [
  { regex: '(^|/)worker/', message: 'The page reaches the training worker only through renderer/training (its client and protocol).' },
  { regex: '^@tensorflow/', message: 'TensorFlow.js runs in the training worker only; the page must not bundle it.' },
];
// The worker's side knows nothing of the UI: only core, the neutral protocol and the dataset fetcher.
const uiFolders = ['app', 'canvas', 'codeio', 'documents', 'export', 'lesson', 'palette', 'panels', 'plots', 'poke', 'properties', 'run', 'store', 'ui'];
const forbiddenInWorker = [
  { regex: `(^|/)(${uiFolders.join('|')})/`, message: 'renderer/worker must not import the UI (store, panels, plots, ...): send data through renderer/training/protocol.ts.' },
  { regex: '(^|/)training/(?!protocol\\.ts$)', message: 'renderer/worker imports only the protocol of renderer/training, not its client.' },
  { regex: '(^|/)platform/(?!datasets\\.ts$)', message: 'renderer/worker may use only the dataset fetcher of renderer/platform.' },
];

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'worker_threads', 'process'];
const forbiddenInCore = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ is pure TypeScript: no React.' },
  { group: ['electron', 'electron/*'], message: 'core/ must not import Electron.' },
  { group: ['@xyflow/*'], message: 'core/ must not import the canvas library.' },
  { group: ['zustand', 'zustand/*'], message: 'core/ must not import the store.' },
  { group: ['d3', 'd3-*'], message: 'core/ must not import d3.' },
  { group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)], message: 'core/ must not import Node built-ins; put I/O in cli/ or renderer/platform.' },
  { group: ['**/cli/*', '**/renderer/*', '**/electron/*'], message: 'Imports point down: core/ imports nothing above it.' },
];

// The desktop shell's layers (ARCHITECTURE.md): electron/common is shared with renderer/platform, so it
// stays free of Electron and Node, and imports nothing from the processes that use it.
// A regex, because the gitignore-style 'node:*' does not match 'node:fs'.
const nodeOnly = { regex: `^(node:|(${nodeBuiltins.join('|')})(/|$))`, message: 'electron/common and the preload run beside web code: no Node built-ins.' };
const forbiddenInElectronCommon = [
  { group: ['electron', 'electron/*'], message: 'electron/common holds types and plain checks; import Electron in electron/main or electron/preload.' },
  { group: ['**/main/*', '**/preload/*', '**/renderer/*', '**/cli/*'], message: 'electron/common imports nothing from main, preload, the renderer or the CLI.' },
  nodeOnly,
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.vite/', 'coverage/', '.venv-tf/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenInCore }] },
  },
  {
    // tfjs belongs to the compiler and the runtime only.
    files: ['core/graph/**/*.ts', 'core/ops/**/*.ts', 'core/autodiff/**/*.ts', 'core/summary/**/*.ts', 'core/data/**/*.ts', 'core/codegen/**/*.ts', 'core/checkpoint/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...forbiddenInCore, { group: ['@tensorflow/*'], message: 'Only core/compile and core/runtime may import TensorFlow.js.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**', 'renderer/worker/**', 'renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...forbiddenOutsidePlatform, ...forbiddenOnPage] }] },
  },
  {
    files: ['renderer/platform/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...forbiddenInRenderer, ...forbiddenOnPage] }] },
  },
  {
    files: ['renderer/worker/**/*.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...forbiddenOutsidePlatform, ...forbiddenInWorker] }] },
  },
  {
    files: ['electron/common/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenInElectronCommon }] },
  },
  {
    // The preload is tiny and sandboxed: it shares only electron/common with the main process.
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/*', '**/vite/*'], message: 'The preload imports electron/common only.' }, nodeOnly] }] },
  },
);
