/**
 * How a Variable gets its first value. The spec is plain data kept in the
 * document; core/random draws it as TensorFlow does, from the graph seed (the
 * session's) and the initializer's op seed (`seed`, TF's `seed=`; absent, it
 * is counted as TF counts ops without one: see core/random/opSeeds.ts).
 */
import type { AttrValue } from '../graph/document.ts';

/** The random kinds also take an op seed. */
type Seeded = { seed?: number };

export type InitializerSpec =
  | { kind: 'zeros' }
  | { kind: 'ones' }
  | { kind: 'constant'; value: number }
  | ({ kind: 'randomNormal'; mean: number; stddev: number } & Seeded)
  | ({ kind: 'truncatedNormal'; mean: number; stddev: number } & Seeded)
  | ({ kind: 'randomUniform'; min: number; max: number } & Seeded)
  /** Xavier: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)). */
  | ({ kind: 'glorotUniform' } & Seeded)
  /** Xavier normal: truncated normal scaled to stddev sqrt(2 / (fanIn + fanOut)) after truncation. */
  | ({ kind: 'glorotNormal' } & Seeded)
  /** He: truncated normal scaled to stddev sqrt(2 / fanIn) after truncation, for ReLU layers. */
  | ({ kind: 'heNormal' } & Seeded)
  /** He uniform: U(-l, l) with l = sqrt(6 / fanIn). */
  | ({ kind: 'heUniform' } & Seeded);

export type InitializerKind = InitializerSpec['kind'];

export const INITIALIZER_KINDS: readonly InitializerKind[] = [
  'zeros', 'ones', 'constant', 'randomNormal', 'truncatedNormal', 'randomUniform', 'glorotUniform', 'glorotNormal', 'heNormal', 'heUniform',
];

/** The kinds that draw random numbers: one random op each in TF, with an op seed. */
export const RANDOM_INITIALIZER_KINDS: ReadonlySet<InitializerKind> = new Set(['randomNormal', 'truncatedNormal', 'randomUniform', 'glorotUniform', 'glorotNormal', 'heNormal', 'heUniform']);

/** True when the spec draws random numbers. */
export function isRandomInitializer(spec: InitializerSpec): boolean {
  return RANDOM_INITIALIZER_KINDS.has(spec.kind);
}

/** The op seed an op seed attr may hold: any whole number JSON keeps exact (TF takes it modulo 2^31 - 1). */
export function seedProblem(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) ? undefined : `must be a whole number, got ${JSON.stringify(v)}`;
}

/** Numeric parameters of each kind, with defaults. */
const PARAMS: Record<InitializerKind, Record<string, number>> = {
  zeros: {},
  ones: {},
  constant: { value: 0 },
  randomNormal: { mean: 0, stddev: 1 },
  truncatedNormal: { mean: 0, stddev: 1 },
  randomUniform: { min: -1, max: 1 },
  glorotUniform: {},
  glorotNormal: {},
  heNormal: {},
  heUniform: {},
};

/** Checks a raw JSON initializer and fills missing parameters with defaults. */
export function validateInitializer(v: AttrValue): { spec: InitializerSpec } | { problem: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { problem: 'must be an object such as {"kind": "randomNormal", "stddev": 1}' };
  const kind = v.kind;
  if (typeof kind !== 'string' || !(INITIALIZER_KINDS as readonly string[]).includes(kind))
    return { problem: `kind must be one of ${INITIALIZER_KINDS.join(', ')}` };
  const params = PARAMS[kind as InitializerKind];
  const out: Record<string, unknown> = { kind };
  for (const [name, def] of Object.entries(params)) {
    const raw = v[name];
    if (raw === undefined) {
      out[name] = def;
      continue;
    }
    if (typeof raw !== 'number' || !Number.isFinite(raw)) return { problem: `${kind}.${name} must be a finite number` };
    out[name] = raw;
  }
  if (v.seed !== undefined && v.seed !== null) {
    if (!RANDOM_INITIALIZER_KINDS.has(kind as InitializerKind)) return { problem: `${kind} draws no random numbers, so it takes no seed` };
    const problem = seedProblem(v.seed);
    if (problem) return { problem: `${kind}.seed ${problem}` };
    out.seed = v.seed;
  }
  for (const key of Object.keys(v)) {
    if (key !== 'kind' && key !== 'seed' && !Object.hasOwn(params, key)) return { problem: `${kind} has no parameter "${key}"` };
  }
  if ((kind === 'randomNormal' || kind === 'truncatedNormal') && (out.stddev as number) < 0) return { problem: 'stddev must not be negative' };
  if (kind === 'randomUniform' && (out.min as number) > (out.max as number)) return { problem: 'min must not exceed max' };
  return { spec: out as InitializerSpec };
}

/**
 * Fan-in and fan-out as Keras/TF compute them: for a matrix [in, out]; for a
 * conv filter [h, w, in, out] the receptive field multiplies both.
 */
export function fans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[shape.length - 2] * receptive, fanOut: shape[shape.length - 1] * receptive };
}
