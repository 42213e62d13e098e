/**
 * Commands the native menu sends to the renderer on `flowboard:command`.
 * Only what the renderer carries out is here; opening, closing and quitting
 * are the main process's own business.
 */

export const MENU_COMMANDS = [
  'file.save',
  'file.saveAs',
  'file.exportPng',
  'file.exportSvg',
  'file.importPython',
  'file.exportCode',
  'file.exportLogs',
  'file.saveWeights',
  'file.saveWithWeights',
  'file.loadWeights',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'view.toggleGradients',
  'view.togglePalette',
  'view.toggleProperties',
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'run.run',
  'run.train',
  'run.pause',
  'run.step',
  'run.reset',
  'help.lessons',
  'help.shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

const known = new Set<string>(MENU_COMMANDS);

/** Whether a value is one of the menu commands (checked on both ends of the channel). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && known.has(value);
}
