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
  /** Forward nodes: parameters and multiply-adds per example, shown on hover (costText.ts). */
  cost?: string;
  /** Set on backward nodes (read-only): what the node computes, for hover text. */
  gradient?: string;
  /** On backward nodes: the id of the forward node it differentiates, highlighted on hover. */
  differentiates?: string;
}

export type OpFlowNode = Node<OpNodeData, 'op'>;

export interface ScopeNodeData extends Record<string, unknown> {
  /** The scope's path (`layer1`), or the gradients group's key. */
  key: string;
  /** What the frame or box is titled. */
  label: string;
  /** How many nodes the scope holds, nested scopes included. */
  count: number;
  collapsed: boolean;
  /** The group of the backward pass. */
  gradients: boolean;
  /** An SVG path relative to the frame's corner, when the frame goes around other scopes' nodes instead of being a rectangle. */
  outline?: string;
}

/** A name scope: a frame around its nodes, or one box standing for them when collapsed. */
export type ScopeFlowNode = Node<ScopeNodeData, 'scope'>;
export type CanvasNode = OpFlowNode | ScopeFlowNode;
export type ShapeFlowEdge = Edge;
