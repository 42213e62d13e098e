/**
 * The CSS properties an export must inline: those whose computed value on
 * some element of the drawing (or its ::before / ::after) differs from a
 * fresh element of the same tag with no stylesheet. html-to-image otherwise
 * copies all of Chromium's ~480 computed properties onto every cloned element,
 * which was most of a large graph's export (20 s for 260 nodes); a property
 * that is at its default everywhere comes out the same in the clone without
 * being written, so the picture does not change.
 */

const PSEUDOS = ['::before', '::after'] as const;

/**
 * The property names to pass as html-to-image's `includeStyleProperties` (an
 * option our patch of 1.11.11 adds, patches/html-to-image+1.11.11.patch) for
 * drawing `root`; undefined (copy them all) where no default styles can be read.
 */
export function renderedStyleProperties(root: Element): string[] | undefined {
  const sandbox = defaultStyles();
  try {
    const all = [...getComputedStyle(document.documentElement)];
    if (sandbox.of(root, undefined, all).length === 0) return undefined;
    // The properties not yet known to be needed, with their index into `all` (where the defaults are).
    let open = all.map((name, index) => ({ name, index }));
    const check = (style: CSSStyleDeclaration, defaults: readonly string[]) => {
      open = open.filter(({ name, index }) => style.getPropertyValue(name) === defaults[index]);
    };
    for (const element of [root, ...root.querySelectorAll('*')]) {
      check(getComputedStyle(element), sandbox.of(element, undefined, all));
      for (const pseudo of PSEUDOS) {
        const style = getComputedStyle(element, pseudo);
        const content = style.getPropertyValue('content');
        // html-to-image draws a pseudo-element only when it has content.
        if (content !== '' && content !== 'none' && content !== 'normal') check(style, sandbox.of(element, pseudo, all));
      }
    }
    const unneeded = new Set(open.map(({ name }) => name));
    return all.filter((name) => !unneeded.has(name));
  } finally {
    sandbox.remove();
  }
}

/** Computed values on bare elements, by tag, in a hidden frame with no stylesheet (only the browser's own). */
function defaultStyles() {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position: fixed; width: 0; height: 0; border: 0; visibility: hidden';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  doc.body.append(svg);
  const cache = new Map<string, string[]>();
  return {
    /** The values of `names` on a bare element like `element` (its ::before or ::after with `pseudo`); empty where the frame computes no styles. */
    of(element: Element, pseudo: string | undefined, names: readonly string[]): string[] {
      const key = `${element.namespaceURI} ${element.localName} ${pseudo ?? ''}`;
      let values = cache.get(key);
      if (!values) {
        const bare = doc.createElementNS(element.namespaceURI, element.localName);
        (element.namespaceURI === svg.namespaceURI && element.localName !== 'svg' ? svg : doc.body).append(bare);
        const style = frame.contentWindow!.getComputedStyle(bare, pseudo);
        values = style.length === 0 ? [] : names.map((name) => style.getPropertyValue(name));
        cache.set(key, values);
      }
      return values;
    },
    remove: () => frame.remove(),
  };
}
