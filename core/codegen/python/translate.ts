/**
 * Walks the program's statements in order. Each statement is translated on
 * its own: one that fails is rolled back, reported with its line and reason,
 * and the names it would have set are marked so later uses say why they are
 * missing. Loops that run the session are walked once (they are the training
 * loop); loops that build graph nodes are unrolled.
 */
import type { Expr, Stmt } from './ast.ts';
import type { ImportContext } from './context.ts';
import { note } from './context.ts';
import { intOf } from './convert.ts';
import { evaluate } from './evaluate.ts';
import { defineClass } from './classes.ts';
import { canonicalModule } from './functions.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { failAttributes, rollbackAttributes, setAttribute } from './methodCalls.ts';
import { binary } from './operators.ts';
import { runsSession } from './runsSession.ts';
import type { LoopFrame } from './sessionRecorder.ts';
import { describeValue, type Value } from './values.ts';

/** The function `input_data.read_data_sets` is, whichever way it was imported. */
const MNIST_LOADER = 'tf.examples.tutorials.mnist.input_data.read_data_sets';

/** Graph-building loops longer than this are not unrolled. */
const MAX_UNROLL = 100;

const SKIPPED: Record<string, string> = {
  def: 'functions (def) are not imported; write the graph at the top level of the program',
  while: 'while loops are not imported; train with for step in range(N)',
  try: 'try blocks are not imported',
  async: 'async code is not imported',
  match: 'match statements are not imported',
  decorator: 'decorated definitions are not imported',
};

export function translate(ctx: ImportContext, stmts: readonly Stmt[]): void {
  for (const s of stmts) {
    // A return inside a method ends its body, whichever block it was in.
    if (returned(ctx)) return;
    statement(ctx, s);
  }
}

function returned(ctx: ImportContext): boolean {
  return ctx.calls.length > 0 && ctx.calls[ctx.calls.length - 1].returned !== undefined;
}

function statement(ctx: ImportContext, s: Stmt): void {
  ctx.line = s.line;
  switch (s.kind) {
    case 'error':
      return skip(ctx, s, `cannot read this line: ${s.message}`);
    case 'unsupported':
      skip(ctx, s, SKIPPED[s.keyword] ?? `${s.keyword} is not imported`);
      // A later use of the function or class then says where it came from, rather than that it is undefined.
      if (s.name !== undefined) ctx.env.set(s.name, { kind: 'failed', line: s.line, name: s.name });
      return;
    case 'pass':
      return;
    case 'def':
      // Methods are read in their class (classes.ts); a function on its own is not.
      // Flowboard's Python export defines TF1's MNIST loader itself (tensorflow.examples is gone): read it as TF1's.
      if (s.name === 'read_data_sets') return void ctx.env.set(s.name, { kind: 'module', path: MNIST_LOADER });
      skip(ctx, s, SKIPPED.def);
      return void ctx.env.set(s.name, { kind: 'failed', line: s.line, name: s.name });
    case 'class':
      return defineClass(ctx, s);
    case 'return':
      return returnStatement(ctx, s);
    case 'import':
      for (const { module, alias } of s.names) {
        if (alias) ctx.env.set(alias, { kind: 'module', path: canonicalModule(module) });
        else ctx.env.set(module.split('.')[0], { kind: 'module', path: canonicalModule(module.split('.')[0]) });
      }
      return;
    case 'from':
      if (s.module === '__future__') return;
      for (const { name, alias } of s.names) {
        if (name === '*') return skip(ctx, s, `from ${s.module} import * is not imported; import the names you use`);
        ctx.env.set(alias ?? name, { kind: 'module', path: `${canonicalModule(s.module)}.${name}` });
      }
      return;
    case 'assign':
      return guarded(ctx, s, targetNames(s.targets), (mark) => {
        const value = evaluate(ctx, s.value);
        for (const t of s.targets) assign(ctx, t, value, mark);
      });
    case 'augassign':
      return guarded(ctx, s, targetNames([s.target]), (mark) => {
        // `avg_cost_list[i] += c`: bookkeeping on a Python-side array changes nothing in the graph.
        if (s.target.kind === 'subscript' && ['fetched', 'inert'].includes(evaluate(ctx, s.target.object).kind)) return;
        if (s.target.kind === 'attribute')
          throw new ImportFailure(`${s.op} on an attribute is not imported: state an object keeps from call to call (a counter, a running cost) is not followed; keep it in a plain name outside the class`);
        if (s.target.kind !== 'name') throw new ImportFailure(`${s.op} on anything but a name is not supported`);
        const op = s.op.slice(0, -1) as Parameters<typeof binary>[1];
        const left = evaluate(ctx, s.target);
        const right = evaluate(ctx, s.value);
        const pythonSide = [left.kind, right.kind].some((k) => k === 'fetched' || k === 'string');
        assign(ctx, s.target, pythonSide ? { kind: 'fetched' } : binary(ctx, op, left, right), mark);
      });
    case 'expr':
      return guarded(ctx, s, [], () => void evaluate(ctx, s.value));
    case 'with':
      return withStatement(ctx, s);
    case 'for':
      return forStatement(ctx, s);
    case 'if':
      return ifStatement(ctx, s);
  }
}

function skip(ctx: ImportContext, s: Stmt, message: string): void {
  ctx.diagnostics.push({ severity: 'skipped', line: s.line, ...(s.endLine !== s.line ? { endLine: s.endLine } : {}), message });
}

/** Runs one statement's translation; on ImportFailure undoes its nodes and runs and reports it. */
function guarded(ctx: ImportContext, s: Stmt, targets: string[], body: (mark: ReturnType<ImportContext['draft']['checkpoint']>) => void): void {
  const mark = ctx.draft.checkpoint();
  const runs = ctx.session.checkpoint();
  const attributes = ctx.attributeLog.length;
  try {
    body(mark);
  } catch (e) {
    if (!(e instanceof ImportFailure)) throw e;
    ctx.draft.rollback(mark);
    ctx.session.rollback(runs);
    rollbackAttributes(ctx, attributes);
    const line = e.line !== undefined && e.line >= s.line && e.line <= s.endLine ? e.line : s.line;
    // A name that had a value keeps it (`L1 = tf.nn.dropout(L1, ...)` skipped leaves L1 as it was), so the rest still imports.
    const kept = targets.filter((name) => ctx.env.has(name) && ctx.env.get(name)!.kind !== 'failed');
    const keptNote = kept.length > 0 ? `; ${kept.join(', ')} ${kept.length === 1 ? 'keeps its' : 'keep their'} earlier value` : '';
    ctx.diagnostics.push({ severity: 'skipped', line, message: e.message + keptNote });
    for (const name of targets) if (!kept.includes(name)) ctx.env.set(name, { kind: 'failed', line: s.line, name });
    if (s.kind === 'assign') failAttributes(ctx, s.targets, s.line);
  }
}

/** `return value` inside a method: the value its call gives. */
function returnStatement(ctx: ImportContext, s: Extract<Stmt, { kind: 'return' }>): void {
  const frame = ctx.calls[ctx.calls.length - 1];
  if (!frame) return skip(ctx, s, 'return outside a method is not imported');
  guarded(ctx, s, [], () => {
    frame.returned = s.value ? evaluate(ctx, s.value) : { kind: 'none' };
  });
  frame.returned ??= { kind: 'failed', line: s.line, name: `the value ${frame.method.className}.${frame.method.name} returns` };
}

function targetNames(targets: readonly Expr[]): string[] {
  const out: string[] = [];
  const walk = (t: Expr) => {
    if (t.kind === 'name') out.push(t.id);
    else if (t.kind === 'tuple' || t.kind === 'list') t.items.forEach(walk);
  };
  targets.forEach(walk);
  return out;
}

function assign(ctx: ImportContext, target: Expr, value: Value, mark: ReturnType<ImportContext['draft']['checkpoint']>): void {
  if (target.kind === 'name') {
    if (target.id === '_') return;
    let bound = value;
    if (value.kind === 'tensor' && ctx.draft.isNewSince(mark, value.ref.node)) bound = ctx.draft.rename(value, target.id);
    else if (value.kind === 'data') bound = { ...value, source: target.id };
    ctx.env.set(target.id, bound);
    return;
  }
  if (target.kind === 'attribute') {
    // `self.X = tf.placeholder(...)` names the node X, in the scope it was made in (`m1/X`).
    const named = value.kind === 'tensor' && ctx.draft.isNewSince(mark, value.ref.node) ? ctx.draft.rename(value, target.name) : value;
    return setAttribute(ctx, target, named);
  }
  if (target.kind === 'tuple' || target.kind === 'list') {
    const parts = unpack(value, target.items.length);
    target.items.forEach((t, i) => assign(ctx, t, parts[i], mark));
    return;
  }
  throw new ImportFailure('assigning to an item is not supported', target.line);
}

function unpack(value: Value, n: number): Value[] {
  if (value.kind === 'sequence' && value.items.length === n) return value.items;
  if (value.kind === 'data' && Array.isArray(value.value) && value.value.length === n)
    return value.value.map((item) => (Array.isArray(item) ? { kind: 'data', value: item, isInt: value.isInt } : { kind: 'number', value: Number(item), isInt: Number.isInteger(item) }));
  if (value.kind === 'fetched' || value.kind === 'failed' || value.kind === 'inert') return Array.from({ length: n }, () => value);
  throw new ImportFailure(`cannot unpack ${describeValue(value)} into ${n} names`);
}

function withStatement(ctx: ImportContext, s: Extract<Stmt, { kind: 'with' }>): void {
  let scopes = 0;
  for (const item of s.items) {
    ctx.line = s.line;
    let value: Value;
    try {
      value = evaluate(ctx, item.context);
    } catch (e) {
      if (!(e instanceof ImportFailure)) throw e;
      ctx.diagnostics.push({ severity: 'note', line: s.line, message: `${e.message}; the block under this with-statement is imported without it` });
      continue;
    }
    if (value.kind === 'nameScope') {
      ctx.draft.scopes.push(value.name);
      scopes++;
    } else if (value.kind !== 'session' && value.kind !== 'inert') {
      note(ctx, `the with-statement's ${describeValue(value)} is ignored; its block is imported`, s.line);
    }
    if (item.alias?.kind === 'name') ctx.env.set(item.alias.id, value);
  }
  try {
    translate(ctx, s.body);
  } finally {
    ctx.draft.scopes.splice(ctx.draft.scopes.length - scopes, scopes);
  }
}

/**
 * `range(...)` as a count and a start and step, never as a list: a session
 * loop only needs its count, and a graph-building loop is listed only when it
 * is short enough to unroll.
 */
function rangeOf(ctx: ImportContext, iter: Expr): { count: number; start: number; step: number; stride?: number } | undefined {
  if (iter.kind !== 'call' || iter.func.kind !== 'name' || iter.func.id !== 'range' || ctx.env.has('range')) return undefined;
  const args = iter.args.map((a) => intOf(evaluate(ctx, a), 'the range of the loop'));
  if (args.length === 0 || args.length > 3) throw new ImportFailure('range() takes 1 to 3 arguments');
  // Past 2**53 a float no longer counts every whole number, so the loop's length would be a guess.
  const inexact = args.find((n) => !Number.isSafeInteger(n));
  if (inexact !== undefined) throw new ImportFailure(`the range of the loop must stay within 2**53 - 1, the largest whole number the importer counts exactly; got ${inexact}`);
  const [start, stop, step] = args.length === 1 ? [0, args[0], 1] : [args[0], args[1], args[2] ?? 1];
  if (step === 0) throw new ImportFailure('range() step must not be zero');
  const count = Math.max(0, Math.ceil((stop - start) / step));
  return { count, start, step, ...(args.length === 3 ? { stride: step } : {}) };
}

/** The values a short range takes, one per iteration. */
function rangeItems(range: { count: number; start: number; step: number }): Value[] {
  return Array.from({ length: range.count }, (_, i) => ({ kind: 'number', value: range.start + i * range.step, isInt: true }));
}

function forStatement(ctx: ImportContext, s: Extract<Stmt, { kind: 'for' }>): void {
  let session = runsSession(s.body, ctx.sessionMethods);
  let items: Value[] | undefined;
  let count: number | undefined;
  let stride: number | undefined;
  try {
    const range = rangeOf(ctx, s.iter);
    if (range) {
      ({ count, stride } = range);
      if (!session && count <= MAX_UNROLL) items = rangeItems(range);
    } else {
      const v = evaluate(ctx, s.iter);
      if (v.kind === 'data' && Array.isArray(v.value)) items = v.value.map((x) => (Array.isArray(x) ? { kind: 'data', value: x, isInt: v.isInt } : { kind: 'number', value: Number(x), isInt: Number.isInteger(x) }));
      else if (v.kind === 'sequence') items = v.items;
      else throw new ImportFailure(`the loop runs over ${describeValue(v)}, whose length cannot be read`);
      count = items.length;
      // A loop over the program's objects (`for m in models: m.train(...)`) runs each one's methods: it is unrolled, not a training loop of its own.
      if (session && items.some(holdsObject)) session = false;
    }
  } catch (e) {
    if (!(e instanceof ImportFailure)) throw e;
    if (!session) return skip(ctx, s, `${e.message}; the loop was not imported`);
    note(ctx, `${e.message}; the loop's body is imported once`, s.line);
  }
  if (session) {
    const frame: LoopFrame = { line: s.line, endLine: s.endLine, ...(count !== undefined ? { count } : {}), ...(stride !== undefined ? { stride } : {}) };
    if (s.target.kind === 'name') frame.counter = s.target.id;
    bindLoopTarget(ctx, s.target, { kind: 'loopIndex', name: s.target.kind === 'name' ? s.target.id : 'the loop counter' });
    ctx.session.loops.push(frame);
    try {
      translate(ctx, s.body);
    } finally {
      ctx.session.loops.pop();
    }
  } else {
    if (count! > MAX_UNROLL) return skip(ctx, s, `this loop builds graph nodes ${count} times; write the layers out (Flowboard unrolls at most ${MAX_UNROLL})`);
    for (const item of items!) {
      if (returned(ctx)) return;
      bindLoopTarget(ctx, s.target, item);
      translate(ctx, s.body);
    }
  }
  translate(ctx, s.orelse);
}

function holdsObject(v: Value): boolean {
  return v.kind === 'object' || (v.kind === 'sequence' && v.items.some(holdsObject));
}

function bindLoopTarget(ctx: ImportContext, target: Expr, value: Value): void {
  if (target.kind === 'name') ctx.env.set(target.id, value);
  else if (target.kind === 'tuple' || target.kind === 'list') {
    const parts = value.kind === 'data' || value.kind === 'sequence' ? unpackLoose(value, target.items.length) : target.items.map(() => value);
    target.items.forEach((t, i) => bindLoopTarget(ctx, t, parts[i]));
  }
}

function unpackLoose(value: Value, n: number): Value[] {
  try {
    return unpack(value, n);
  } catch {
    return Array.from({ length: n }, () => ({ kind: 'fetched' }) as Value);
  }
}

function ifStatement(ctx: ImportContext, s: Extract<Stmt, { kind: 'if' }>): void {
  const frame = ctx.session.loops[ctx.session.loops.length - 1];
  const every = frame && logInterval(ctx, s.test, frame);
  if (every !== undefined) frame!.logEvery = every;
  let test: Value;
  try {
    test = evaluate(ctx, s.test);
  } catch (e) {
    if (!(e instanceof ImportFailure)) throw e;
    return skip(ctx, s, `the condition cannot be read: ${e.message}`);
  }
  if (test.kind === 'bool' || test.kind === 'number') return translate(ctx, (test.kind === 'bool' ? test.value : test.value !== 0) ? s.body : s.orelse);
  if (test.kind === 'fetched' && frame) {
    // A condition on the step or on fetched values decides what Python prints; both branches only run the session.
    translate(ctx, s.body);
    translate(ctx, s.orelse);
    return;
  }
  skip(ctx, s, `the condition is ${describeValue(test)}, which is not decided until the program runs; only conditions on numbers and on the loop step are imported`);
}

/** K in `if step % K == 0:` where step counts the innermost loop. */
function logInterval(ctx: ImportContext, test: Expr, frame: LoopFrame): number | undefined {
  if (test.kind !== 'compare' || test.ops.length !== 1 || test.ops[0] !== '==') return undefined;
  const [mod, zero] = test.operands;
  if (zero.kind !== 'number' || zero.value !== 0 || mod.kind !== 'binary' || mod.op !== '%') return undefined;
  if (mod.left.kind !== 'name' || mod.left.id !== frame.counter) return undefined;
  try {
    const k = evaluate(ctx, mod.right);
    return k.kind === 'number' && Number.isInteger(k.value) && k.value >= 1 ? k.value : undefined;
  } catch {
    return undefined;
  }
}
