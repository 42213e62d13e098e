/**
 * Node names broken only where words meet: after `/` and `_`, and between
 * the words of a CamelCase op name (`Apply|Gradient|Descent`), so a name that
 * needs two lines is never cut inside a word. Also the short label a node
 * shows when the canvas is zoomed far out.
 */

/** The name in pieces, each ending where a line may break; `camel` also breaks between CamelCase words (for the short far labels). */
export function wordPieces(name: string, camel = true): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= name.length; i++) {
    const prev = name[i - 1];
    const next = name[i];
    const between = camel && ((isLower(prev) && isUpper(next)) || (isUpper(prev) && isUpper(next) && isLower(name[i + 1])));
    const boundary = i === name.length || prev === '/' || prev === '_' || between;
    if (boundary) {
      out.push(name.slice(start, i));
      start = i;
    }
  }
  return out;
}

const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';

/**
 * What a node says when zoomed out too far to read its header: a forward
 * node its own name without the scope (its frame names the scope); a
 * backward node, which sits under the node it differentiates, its op's part
 * (`SigmoidGrad`), and an update the variable it updates (`update_W1`).
 */
export function farLabel(name: string, op: string, backward: boolean): string {
  const parts = name.split('/');
  if (backward && op === 'ApplyGradient' && parts.length >= 2) return parts[parts.length - 2];
  return parts[parts.length - 1];
}
