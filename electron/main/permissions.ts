/** The app needs no browser permission (camera, notifications, clipboard reads ...): all are denied. */
import type { Session } from 'electron';
import type { Log } from './log.ts';

/** Denies every permission request and check in `session`, logging the requests. */
export function denyAllPermissions(session: Session, log: Log): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    log(`denied permission "${permission}" to ${contents.getURL()}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
