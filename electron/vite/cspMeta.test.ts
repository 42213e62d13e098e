import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../main/contentSecurityPolicy.ts';
import { cspMeta } from './cspMeta.ts';

describe('cspMeta', () => {
  it('prepends the policy to the built page head, and only in builds', () => {
    const plugin = cspMeta();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as () => unknown;
    expect(transform()).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' }]);
  });

  it('uses the header policy minus frame-ancestors, which a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
  });
});
