/** The main process's warning log: refused messages, navigations and permission requests go here. */
export type Log = (message: string) => void;

/** Writes to stderr, where `npm start` and the OS's crash reports pick it up. */
export const consoleLog: Log = (message) => console.warn(`[flowboard] ${message}`);
