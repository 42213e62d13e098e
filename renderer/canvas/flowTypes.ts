/** The React Flow node and edge types the canvas renders. */
import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic } from '../../core/graph/diagnostics.ts';
import type { OpCategory } from '../../core/ops/opDef.ts';
import type { InputPort } from './ports.ts';

export interface OutputPort {
  name: string;
  /** `[?,784]`, or empty while the shape is unknown (an upstream problem). */
  shape: string;
  dtype: string;
}

export interface OpNodeData extends Record<string, unknown> {
  name: string;
  op: string;
  category: OpCategory | undefined;
  inputs: InputPort[];
  outputs: OutputPort[];
  /** Errors other than unwired inputs. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Inputs still to wire: a node being built is incomplete, not broken, so it is not drawn red. */
  missing: string[];
  /** Set on backward nodes (read-only): what the node computes, for hover text. */
  gradient?: string;
}

export type OpFlowNode = Node<OpNodeData, 'op'>;
export type ShapeFlowEdge = Edge;
