import { FlowboardError } from '../graph/diagnostics.ts';

/** A failure while running a graph, naming the node it happened in. */
export class RunError extends FlowboardError {}
