/**
 * Why a graph cannot be exported to a target, naming the node and what to
 * change. Thrown by the exporters; the CLI prints the message.
 */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly nodeId?: string,
  ) {
    super(message);
  }
}

/** Why a generated dataset (shapes) has no Python: TF1 has no such loader, and its images are too many to write out. */
export function generatedDataset(placeholder: string, name: string): string {
  return `Placeholder "${placeholder}" is bound to Flowboard's generated ${name} dataset, which has no TensorFlow counterpart to load it; bind it to inline data or a CSV file to export`;
}
