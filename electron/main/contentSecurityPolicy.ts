/**
 * The Content Security Policy of the app's pages. Everything comes from the
 * app itself; WebAssembly may compile (TensorFlow.js's wasm backend) but
 * nothing may eval, frame, embed, post forms or reach the network.
 */

const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // The wasm backend fetches its .wasm files; exports render through blob: URLs.
  'connect-src': ["'self'", 'blob:'],
  // The training worker is a module from the app; tfjs may start workers from blob: URLs.
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a `<meta>` tag cannot carry (browsers ignore them there). */
const HEADER_ONLY = { 'frame-ancestors': ["'none'"] };

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy sent as a response header by the app protocol. */
export const CONTENT_SECURITY_POLICY = serialize({ ...DIRECTIVES, ...HEADER_ONLY });

/** The same policy for the `<meta http-equiv>` fallback in the built index.html. */
export const CONTENT_SECURITY_POLICY_META = serialize(DIRECTIVES);
