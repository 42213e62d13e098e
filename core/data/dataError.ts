import { FlowboardError } from '../graph/diagnostics.ts';

/** Training data that cannot be used as bound: a bad number, a ragged list, a missing column. */
export class DataError extends FlowboardError {}
