/**
 * TF1's naming rule, in constant time per name: the first `W` is `W`, the
 * next `W_1`, then `W_2`; a released name is free again. A hint per base
 * remembers where the search for the next free suffix may start, so naming
 * the ten-thousandth `W` does not try the 9,999 taken before it.
 */
export class UniqueNames {
  /**
   * Whether each name is taken. A released name is marked false rather than
   * deleted: V8 keeps deleted entries in their hash chain until the table is
   * rebuilt, so deleting and re-adding one key (`Relu` named, then renamed
   * `h`, thousands of times) makes every lookup of it slower than the last.
   */
  private readonly taken = new Map<string, boolean>();
  /** For a base B: B_1 ... B_(hint - 1) are all taken. */
  private readonly hints = new Map<string, number>();

  /** Claims `base` if it is free, else the first free `base_N`. */
  take(base: string): string {
    let name = base;
    if (this.has(base)) {
      let i = this.hints.get(base) ?? 1;
      while (this.has(`${base}_${i}`)) i++;
      this.hints.set(base, i + 1);
      name = `${base}_${i}`;
    }
    this.taken.set(name, true);
    return name;
  }

  /** Frees a name (a node rolled back or renamed), so the next take of its base may reuse it. */
  release(name: string): void {
    if (!this.has(name)) return;
    this.taken.set(name, false);
    // `W_3` freed: the search for W's next suffix must start at 3 again.
    const m = /^(.*)_([1-9]\d*)$/s.exec(name);
    if (!m) return;
    const hint = this.hints.get(m[1]);
    const suffix = Number(m[2]);
    if (hint !== undefined && suffix < hint) this.hints.set(m[1], suffix);
  }

  has(name: string): boolean {
    return this.taken.get(name) === true;
  }
}
