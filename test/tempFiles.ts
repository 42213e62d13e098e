/**
 * Temporary files for tests that read from disk (the CLI): one directory per
 * test file, removed after it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphDocument } from '../core/graph/document.ts';
import { saveDocument } from '../core/graph/save.ts';

export interface TempDir {
  path: string;
  /** Writes a file (a document is saved in its stable form) and returns its path. */
  write(name: string, content: string | GraphDocument): string;
  remove(): void;
}

/** A fresh directory under the OS temp dir. */
export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'flowboard-test-'));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, typeof content === 'string' ? content : saveDocument(content));
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
