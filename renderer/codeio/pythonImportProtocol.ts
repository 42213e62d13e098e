/** Messages between the page and the Python import worker (pythonImport.worker.ts). */
import type { PythonImport } from './pythonImport.ts';

export interface ImportRequest {
  id: number;
  text: string;
  fileName?: string;
  /** Data files the code reads, by the path it names (picked by the user). */
  files?: Record<string, string>;
}

export interface ImportReply {
  id: number;
  result: PythonImport;
}
