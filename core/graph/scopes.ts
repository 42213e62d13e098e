/** TF1 name scopes: `layer1/W` sits in the scope `layer1`. */

/** The scopes a name sits in, outermost first: `a/b/W` is in `a` and `a/b`. */
export function scopesOf(name: string): string[] {
  const parts = name.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
