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
