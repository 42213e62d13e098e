/**
 * The preload: runs sandboxed with context isolation and exposes the desktop
 * API, and nothing else, to the page as `window.flowboard`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_KEY } from '../common/desktopApi.ts';
import { createDesktopApi } from './desktopApi.ts';

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, createDesktopApi(ipcRenderer, process.platform as 'darwin' | 'win32' | 'linux'));
