/**
 * The shared harness for command tests (after tldraw's TestEditor): runs a
 * command through a real store, checks the result is well formed and that the
 * input was not mutated, then undo and redo restore the exact documents.
 */
import { expect } from 'vitest';
import type { GraphDocument } from '../../../core/graph/document.ts';
import { createActions } from '../actions.ts';
import { createFlowStore } from '../createFlowStore.ts';
import { corruptionIn } from '../wellFormed.ts';
import type { Command } from './result.ts';

export class CommandHarness {
  readonly store = createFlowStore();
  readonly actions = createActions(this.store);
  private before: GraphDocument | undefined;
  private after: GraphDocument | undefined;

  constructor(doc: GraphDocument) {
    expect(corruptionIn(doc)).toEqual([]);
    this.store.getState().openDocument(deepFreeze(structuredClone(doc)), { name: 'test', origin: 'new' });
  }

  get doc(): GraphDocument {
    return this.store.getState().document;
  }

  /** Runs a command that must succeed and change the document; returns its value. */
  run<A, T>(command: Command<A, T>, args: A): T {
    const before = this.doc;
    const snapshot = JSON.stringify(before);
    const result = this.store.getState().apply(command, args);
    if (!result.ok) throw new Error(`expected the command to succeed, it refused: ${result.error}`);
    expect(JSON.stringify(before), 'the command mutated its input').toBe(snapshot);
    expect(this.doc, 'a successful command that changes nothing should return the same document').not.toBe(before);
    expect(corruptionIn(this.doc)).toEqual([]);
    this.before = before;
    this.after = deepFreeze(this.doc);
    return result.value;
  }

  /** Runs a command that must refuse; the document and history stay as they were. Returns the reason. */
  refuse<A, T>(command: Command<A, T>, args: A): string {
    const before = this.doc;
    const depth = this.store.temporal.getState().pastStates.length;
    const result = this.store.getState().apply(command, args);
    if (result.ok) throw new Error('expected the command to refuse, it succeeded');
    expect(this.doc).toBe(before);
    expect(this.store.temporal.getState().pastStates).toHaveLength(depth);
    return result.error;
  }

  /** Runs a command that must succeed without changing anything, and so leave no undo step. */
  noop<A, T>(command: Command<A, T>, args: A): void {
    const before = this.doc;
    const depth = this.store.temporal.getState().pastStates.length;
    const result = this.store.getState().apply(command, args);
    expect(result.ok).toBe(true);
    expect(this.doc).toBe(before);
    expect(this.store.temporal.getState().pastStates).toHaveLength(depth);
  }

  /** Undo gives back the document before the last run, redo the one after, each exactly. */
  expectUndoRedo(): void {
    if (!this.before || !this.after) throw new Error('run a command first');
    const beforeJson = JSON.stringify(this.before);
    const afterJson = JSON.stringify(this.after);
    expect(this.actions.undo()).toBe(true);
    expect(this.doc).toBe(this.before);
    expect(JSON.stringify(this.doc)).toBe(beforeJson);
    expect(this.actions.redo()).toBe(true);
    expect(this.doc).toBe(this.after);
    expect(JSON.stringify(this.doc)).toBe(afterJson);
  }

  /** The node with this name; fails the test when there is none. */
  node(name: string) {
    const node = this.doc.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no node named "${name}"; nodes are ${this.doc.nodes.map((n) => n.name).join(', ')}`);
    return node;
  }
}

/** Freezes a document so a command that mutates its input throws in tests. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
