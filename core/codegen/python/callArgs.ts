/**
 * The arguments of one call, looked up as Python binds them (by position or by
 * keyword). Every argument a handler does not take is reported afterwards, so
 * none is ignored silently.
 */
import { ImportFailure } from './importDiagnostic.ts';
import type { Value } from './values.ts';

export class CallArgs {
  private readonly used = new Set<string>();

  constructor(
    /** The function as written, for messages: `tf.nn.relu`. */
    readonly fn: string,
    private readonly positional: readonly Value[],
    private readonly keywords: ReadonlyMap<string, Value>,
    readonly line: number,
  ) {}

  /** The argument at `index` or named `name` (either spelling of a renamed keyword), if given. */
  get(index: number, ...names: string[]): Value | undefined {
    if (index >= 0 && index < this.positional.length) {
      this.used.add(`#${index}`);
      return this.positional[index];
    }
    for (const name of names) {
      if (this.keywords.has(name)) {
        this.used.add(name);
        return this.keywords.get(name);
      }
    }
    return undefined;
  }

  /** Like `get`, but missing is an ImportFailure naming the argument. */
  need(index: number, ...names: string[]): Value {
    const v = this.get(index, ...names);
    if (v === undefined) throw new ImportFailure(`${this.fn} needs its ${names[0] ?? `argument ${index + 1}`} argument`, this.line);
    return v;
  }

  /** The node name: TF1's `name=` when given (explicit, never renamed), else `base`. */
  name(base: string): { base: string; explicit?: boolean } {
    const v = this.get(-1, 'name');
    if (v === undefined || v.kind === 'none') return { base };
    if (v.kind !== 'string' || v.value === '') throw new ImportFailure(`${this.fn}: name= must be a non-empty string`, this.line);
    return { base: v.value, explicit: true };
  }

  /** The arguments no handler took, as `x=` or `argument 3`. */
  unused(): string[] {
    const out: string[] = [];
    this.positional.forEach((_, i) => {
      if (!this.used.has(`#${i}`)) out.push(`argument ${i + 1}`);
    });
    for (const name of this.keywords.keys()) if (!this.used.has(name)) out.push(`${name}=`);
    return out;
  }
}
