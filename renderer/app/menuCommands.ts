/**
 * What the desktop's native menu asks the app to do, beyond the documents
 * feature's File commands: import, export, edit, view, run and help commands, mapped
 * onto the same actions the File menu, toolbars and shortcuts use.
 */
import type { AppCommand } from '../platform/platform.ts';

/** The actions menu commands reach. */
export interface MenuTargets {
  exportPng(): void;
  exportSvg(): void;
  importPython(): void;
  exportCode(): void;
  exportLogs(): void;
  saveWeights(): void;
  saveWithWeights(): void;
  loadWeights(): void;
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  toggleGradients(): void;
  togglePalette(): void;
  toggleProperties(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  run(): void;
  train(): void;
  pause(): void;
  step(): void;
  reset(): void;
  showShortcuts(): void;
}

/** Runs `command` on `targets`; false for the commands the documents feature handles. */
export function runMenuCommand(command: AppCommand, targets: MenuTargets): boolean {
  switch (command) {
    case 'file.exportPng':
      return (targets.exportPng(), true);
    case 'file.exportSvg':
      return (targets.exportSvg(), true);
    case 'file.importPython':
      return (targets.importPython(), true);
    case 'file.exportCode':
      return (targets.exportCode(), true);
    case 'file.exportLogs':
      return (targets.exportLogs(), true);
    case 'file.saveWeights':
      return (targets.saveWeights(), true);
    case 'file.saveWithWeights':
      return (targets.saveWithWeights(), true);
    case 'file.loadWeights':
      return (targets.loadWeights(), true);
    case 'edit.undo':
      return (targets.undo(), true);
    case 'edit.redo':
      return (targets.redo(), true);
    case 'edit.delete':
      return (targets.deleteSelection(), true);
    case 'view.toggleGradients':
      return (targets.toggleGradients(), true);
    case 'view.togglePalette':
      return (targets.togglePalette(), true);
    case 'view.toggleProperties':
      return (targets.toggleProperties(), true);
    case 'view.zoomIn':
      return (targets.zoomIn(), true);
    case 'view.zoomOut':
      return (targets.zoomOut(), true);
    case 'view.fitView':
      return (targets.fitView(), true);
    case 'run.run':
      return (targets.run(), true);
    case 'run.train':
      return (targets.train(), true);
    case 'run.pause':
      return (targets.pause(), true);
    case 'run.step':
      return (targets.step(), true);
    case 'run.reset':
      return (targets.reset(), true);
    case 'help.shortcuts':
      return (targets.showShortcuts(), true);
    default:
      // file.save, file.saveAs and help.lessons: the documents feature (connectPlatform).
      return false;
  }
}
