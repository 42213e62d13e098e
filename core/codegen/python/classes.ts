/**
 * A class the program defines, read as the course writes one (`class Model:`
 * with `__init__`, `_build_net`, `train` ...): its plain defs become methods
 * that instantiation and method calls run (methodCalls.ts). What such a class
 * can hold but the importer does not model (a base class, decorated methods,
 * class attributes) is reported with its line and reason.
 */
import type { Stmt } from './ast.ts';
import type { ImportContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { runsSession } from './runsSession.ts';
import type { MethodDef, Value } from './values.ts';

type ClassStmt = Extract<Stmt, { kind: 'class' }>;
type ClassValue = Extract<Value, { kind: 'class' }>;

/** Binds the class's name to its methods, or to a failed value (with the reason reported) when it cannot be read. */
export function defineClass(ctx: ImportContext, s: ClassStmt): void {
  const base = s.bases.find((b) => !(b.kind === 'name' && b.id === 'object'));
  if (base) {
    skip(ctx, s, `class ${s.name} has a base class: inheritance is not imported (the methods a base class gives would be missing); write ${s.name} without one, its methods in its own body`);
    ctx.env.set(s.name, { kind: 'failed', line: s.line, name: s.name });
    return;
  }
  const cls: ClassValue = { kind: 'class', name: s.name, line: s.line, methods: new Map(), refused: new Map() };
  for (const member of s.body) classMember(ctx, cls, member);
  markSessionMethods(ctx, cls);
  ctx.env.set(s.name, cls);
}

function classMember(ctx: ImportContext, cls: ClassValue, s: Stmt): void {
  switch (s.kind) {
    case 'def': {
      const method = methodOf(ctx, cls.name, s);
      if (method) cls.methods.set(s.name, method);
      else cls.refused.set(s.name, s.line);
      return;
    }
    case 'pass':
      return;
    case 'expr':
      // A docstring.
      if (s.value.kind === 'string') return;
      break;
    case 'unsupported':
      if (s.keyword === 'decorator' && s.name) cls.refused.set(s.name, s.line);
      if (s.keyword === 'decorator')
        return skip(ctx, s, `decorated methods (@property, @staticmethod, @classmethod ...) are not imported${s.name ? `, so ${cls.name}.${s.name} is missing` : ''}; write a plain def that takes self`);
      break;
    case 'assign':
      for (const t of s.targets) if (t.kind === 'name') cls.refused.set(t.id, s.line);
      return skip(ctx, s, `class attributes are not imported: they are shared by every ${cls.name} and change between calls in ways the importer does not follow; set them on self in __init__`);
    case 'error':
      return skip(ctx, s, `cannot read this line: ${s.message}`);
  }
  skip(ctx, s, `a class body is read for its methods (def) only; this ${s.kind === 'unsupported' ? s.keyword : s.kind} statement was not imported`);
}

/** A def as a method, its defaults evaluated now as Python does; undefined (reported) when it cannot be called as the importer calls methods. */
function methodOf(ctx: ImportContext, className: string, s: Extract<Stmt, { kind: 'def' }>): MethodDef | undefined {
  const starred = s.params.find((p) => p.star);
  if (starred) return void skip(ctx, s, `${className}.${s.name} takes ${starred.name === '/' ? 'positional-only parameters' : starred.name ? `${starred.star}${starred.name}` : 'keyword-only parameters'}, which are not imported; name each parameter`);
  if (s.params.length === 0) return void skip(ctx, s, `${className}.${s.name} takes no self: static methods are not imported; give it self as its first parameter`);
  const defaults = new Map<string, Value>();
  ctx.line = s.line;
  for (const p of s.params) {
    if (!p.default) continue;
    try {
      defaults.set(p.name, evaluate(ctx, p.default));
    } catch (e) {
      if (!(e instanceof ImportFailure)) throw e;
      return void skip(ctx, s, `the default of ${p.name} in ${className}.${s.name} cannot be read: ${e.message}`);
    }
  }
  return { name: s.name, className, line: s.line, params: s.params, defaults, body: s.body };
}

/** Adds the methods that run the session, directly or through another method of the class, to the context's set. */
function markSessionMethods(ctx: ImportContext, cls: ClassValue): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of cls.methods.values()) {
      if (ctx.sessionMethods.has(m.name) || !runsSession(m.body, ctx.sessionMethods)) continue;
      ctx.sessionMethods.add(m.name);
      changed = true;
    }
  }
}

function skip(ctx: ImportContext, s: Stmt, message: string): void {
  ctx.diagnostics.push({ severity: 'skipped', line: s.line, ...(s.endLine !== s.line ? { endLine: s.endLine } : {}), message });
}
