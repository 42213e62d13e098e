/**
 * The window never leaves the app: navigations and new windows to anything
 * else are denied, and web links go to the system browser instead.
 */
import { shell, type WebContents } from 'electron';
import type { Log } from './log.ts';
import { isAppUrl, isExternalWebUrl } from './origins.ts';

/** Opens an http(s) link in the system browser; anything else (file:, custom schemes) is refused and logged. */
export async function openExternalLink(url: string, log: Log): Promise<boolean> {
  if (!isExternalWebUrl(url)) {
    log(`refused to open ${JSON.stringify(url)} outside the app: only http and https links open in the browser`);
    return false;
  }
  try {
    await shell.openExternal(url);
    return true;
  } catch (e) {
    log(`could not open ${url} in the browser: ${(e as Error).message}`);
    return false;
  }
}

/** Installs the navigation, redirect, new-window and webview guards on a window's contents. */
export function guardNavigation(contents: WebContents, appOrigins: readonly string[], log: Log): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appOrigins)) return;
    event.preventDefault();
    log(`blocked navigation to ${event.url}`);
    void openExternalLink(event.url, log);
  });
  // The CSP allows no frames; should one appear, it cannot navigate away either.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAppUrl(event.url, appOrigins)) return;
    event.preventDefault();
    log(`blocked frame navigation to ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, appOrigins)) return;
    event.preventDefault();
    log(`blocked redirect to ${event.url}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url, log);
    return { action: 'deny' };
  });
  // <webview> is off in webPreferences; this also refuses one should it ever be turned on.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
}
