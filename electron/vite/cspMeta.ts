/**
 * A Vite plugin that adds the Content Security Policy to the built
 * index.html as a `<meta>` tag: a fallback should the page ever be loaded
 * without the app protocol's header. Build only: the dev server's hot reload
 * needs inline scripts the policy forbids.
 */
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../main/contentSecurityPolicy.ts';

/** The plugin; add it to the renderer's build for the desktop app. */
export function cspMeta(policy = CONTENT_SECURITY_POLICY_META): Plugin {
  return {
    name: 'flowboard:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}
