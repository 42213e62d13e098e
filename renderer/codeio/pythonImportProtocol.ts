/** Messages between the page and the Python import worker (pythonImport.worker.ts). */
import type { PythonImport } from './pythonImport.ts';

export interface ImportRequest {
  id: number;
  text: string;
  fileName?: string;
}

export interface ImportReply {
  id: number;
  result: PythonImport;
}
