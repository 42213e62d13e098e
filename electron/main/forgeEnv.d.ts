// Constants that Forge's Vite plugin defines when it builds the main process.

/** The renderer's dev server under `electron-forge start`; undefined in a build. */
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
/** The renderer's name in forge.config.ts: its build is in `.vite/renderer/<name>`. */
declare const MAIN_WINDOW_VITE_NAME: string;
