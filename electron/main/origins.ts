/** URL origins compared the way Chromium sees them, custom `app:` scheme included. */

/**
 * `scheme://host[:port]` of a URL, or undefined for URLs without a host
 * (`about:blank`, `data:`). Node gives custom schemes the origin "null",
 * so the origin is built by hand.
 */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `url` belongs to one of the app's origins. */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && appOrigins.includes(origin);
}

/** Whether `url` may be handed to the system browser: plain http(s), with a host, without credentials. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
