/**
 * What the desktop's native menu asks the app to do, beyond the File
 * commands (the documents feature takes those): edit, view and help
 * commands, mapped onto the same actions the toolbar and shortcuts use.
 */
import type { AppCommand } from '../platform/platform.ts';

/** The actions menu commands reach. */
export interface MenuTargets {
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  toggleGradients(): void;
  togglePalette(): void;
  toggleProperties(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitView(): void;
  showShortcuts(): void;
}

/** Runs `command` on `targets`; false for commands handled elsewhere or by features still to come. */
export function runMenuCommand(command: AppCommand, targets: MenuTargets): boolean {
  switch (command) {
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
    case 'help.shortcuts':
      return (targets.showShortcuts(), true);
    default:
      // file.* and help.lessons: the documents feature; export and run: not built yet.
      return false;
  }
}
