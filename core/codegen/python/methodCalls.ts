/**
 * Running the program's classes: `Model(sess, "m1")` makes an object and runs
 * its `__init__`, `m1.train(x, y)` runs the method's body with its arguments
 * bound, and `self.X = ...` / `self.X` set and read the object's attributes.
 * A method's body is translated as top-level code is, statement by statement,
 * so the graph it builds is imported and the `sess.run` inside it is recorded
 * where the method was called (inside the training loop, or after it).
 */
import type { Expr } from './ast.ts';
import type { CallFrame, ImportContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { MethodDef, Value } from './values.ts';

type ObjectValue = Extract<Value, { kind: 'object' }>;

/** Course classes call one or two levels deep; deeper is recursion the importer would not see the end of. */
const MAX_CALL_DEPTH = 20;
/** Method calls one import may run: a class unrolled in loops stays far below, and no program runs the importer without end. */
const MAX_CALLS = 1_000;

/** A method's own names, read through to the module's names as Python reads a function's. */
class LocalNames extends Map<string, Value> {
  constructor(private readonly globals: Map<string, Value>) {
    super();
  }

  override get(name: string): Value | undefined {
    return super.has(name) ? super.get(name) : this.globals.get(name);
  }

  override has(name: string): boolean {
    return super.has(name) || this.globals.has(name);
  }
}

/** Calls a class (makes an instance) or a bound method of one. */
export function callDefined(ctx: ImportContext, callee: Extract<Value, { kind: 'class' | 'boundMethod' }>, positional: Value[], keywords: Map<string, Value>, line: number): Value {
  if (callee.kind === 'boundMethod') return invoke(ctx, callee.method, callee.self, positional, keywords, line);
  const self: ObjectValue = { kind: 'object', className: callee.name, cls: callee, attrs: new Map() };
  const init = callee.methods.get('__init__');
  if (init) invoke(ctx, init, self, positional, keywords, line);
  else if (callee.refused.has('__init__')) throw new ImportFailure(`${callee.name}.__init__ (line ${callee.refused.get('__init__')}) was not imported, so a ${callee.name} cannot be made`, line);
  else if (positional.length > 0 || keywords.size > 0) throw new ImportFailure(`${callee.name}() takes no arguments: the class has no __init__`, line);
  return self;
}

function invoke(ctx: ImportContext, method: MethodDef, self: ObjectValue, positional: Value[], keywords: Map<string, Value>, line: number): Value {
  const what = `${method.className}.${method.name}`;
  if (ctx.calls.length >= MAX_CALL_DEPTH) throw new ImportFailure(`${what}: methods call each other more than ${MAX_CALL_DEPTH} levels deep, which the importer does not follow`, line);
  if (++ctx.callCount > MAX_CALLS) throw new ImportFailure(`${what}: the program runs more than ${MAX_CALLS} method calls, which the importer does not follow`, line);
  const frame: CallFrame = { method, line, globals: ctx.calls[0]?.globals ?? ctx.env };
  const locals = new LocalNames(frame.globals);
  for (const [name, value] of bindArguments(method, self, positional, keywords, line)) locals.set(name, value);
  const saved = { env: ctx.env, line: ctx.line, diagnostics: ctx.diagnostics.length };
  ctx.env = locals;
  ctx.calls.push(frame);
  try {
    ctx.translateBlock(method.body);
  } finally {
    ctx.calls.pop();
    ctx.env = saved.env;
    ctx.line = saved.line;
    dropRepeats(ctx, saved.diagnostics);
  }
  return frame.returned ?? { kind: 'none' };
}

/** Python's binding of a call's arguments to the method's parameters, self first. */
function bindArguments(method: MethodDef, self: ObjectValue, positional: Value[], keywords: Map<string, Value>, line: number): Map<string, Value> {
  const what = `${method.className}.${method.name}()`;
  const [selfParam, ...params] = method.params;
  const bound = new Map<string, Value>([[selfParam.name, self]]);
  if (positional.length > params.length) throw new ImportFailure(`${what} takes ${params.length} argument${params.length === 1 ? '' : 's'} but ${positional.length} were given`, line);
  positional.forEach((v, i) => bound.set(params[i].name, v));
  for (const [name, v] of keywords) {
    if (!params.some((p) => p.name === name)) throw new ImportFailure(`${what} has no parameter ${name}`, line);
    if (bound.has(name)) throw new ImportFailure(`${what} got two values for ${name}`, line);
    bound.set(name, v);
  }
  for (const p of params) {
    if (bound.has(p.name)) continue;
    const fallback = method.defaults.get(p.name);
    if (fallback === undefined) throw new ImportFailure(`${what} needs its ${p.name} argument`, line);
    bound.set(p.name, fallback);
  }
  return bound;
}

/** A method run once per instance reports the same line once: the repeats are dropped. */
function dropRepeats(ctx: ImportContext, from: number): void {
  if (ctx.diagnostics.length === from) return;
  const key = (d: (typeof ctx.diagnostics)[number]) => `${d.line}:${d.severity}:${d.message}`;
  const seen = new Set(ctx.diagnostics.slice(0, from).map(key));
  const fresh = ctx.diagnostics.splice(from).filter((d) => !seen.has(key(d)) && (seen.add(key(d)), true));
  ctx.diagnostics.push(...fresh);
}

/** `self.X`: an attribute set before, or a method bound to the object. */
export function objectAttribute(object: ObjectValue, name: string, line: number): Value {
  const set = object.attrs.get(name);
  if (set !== undefined) return set;
  const method = object.cls.methods.get(name);
  if (method) return { kind: 'boundMethod', self: object, method };
  const refused = object.cls.refused.get(name);
  if (refused !== undefined) return { kind: 'failed', line: refused, name: `${object.className}.${name}` };
  throw new ImportFailure(`the ${object.className} object has no attribute ${name} yet: set self.${name} in __init__ or in a method called before this line`, line);
}

/** `self.X = value`; throws when the target is not an attribute of one of the program's objects. */
export function setAttribute(ctx: ImportContext, target: Extract<Expr, { kind: 'attribute' }>, value: Value): void {
  const object = evaluate(ctx, target.object);
  if (object.kind !== 'object') throw new ImportFailure('assigning to an attribute is supported only on objects of the classes the program defines (self.X = ...)', target.line);
  ctx.attributeLog.push({ attrs: object.attrs, name: target.name, previous: object.attrs.get(target.name) });
  object.attrs.set(target.name, value);
}

/** Undoes the attributes set since `mark` (a length of the log), so no object keeps a node a failed statement rolled back. */
export function rollbackAttributes(ctx: ImportContext, mark: number): void {
  for (const { attrs, name, previous } of ctx.attributeLog.splice(mark).reverse()) {
    if (previous === undefined) attrs.delete(name);
    else attrs.set(name, previous);
  }
}

/** After a failed `self.X = ...`: X keeps an earlier value, or says which line did not import it. */
export function failAttributes(ctx: ImportContext, targets: readonly Expr[], line: number): void {
  for (const t of targets) {
    if (t.kind !== 'attribute' || t.object.kind !== 'name') continue;
    const object = ctx.env.get(t.object.id);
    if (object?.kind !== 'object') continue;
    const earlier = object.attrs.get(t.name);
    if (earlier === undefined || earlier.kind === 'failed') object.attrs.set(t.name, { kind: 'failed', line, name: `${t.object.id}.${t.name}` });
  }
}
