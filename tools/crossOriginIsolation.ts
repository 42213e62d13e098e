/**
 * The headers that make a page cross-origin isolated, which is what lets
 * tfjs-backend-wasm train on threads: its threaded build shares memory
 * (SharedArrayBuffer) between workers, and browsers allow that only to an
 * isolated page. Everything the app loads is same-origin, so requiring CORP
 * costs nothing. The dev and preview servers (vite.config.ts) and the e2e
 * static server send them; the desktop's app:// protocol sends its own copy
 * (electron/main/appProtocol.ts).
 */
export const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;
