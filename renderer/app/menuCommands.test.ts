import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../electron/common/menuCommands.ts';
import { type MenuTargets, runMenuCommand } from './menuCommands.ts';

function recorder() {
  const calls: string[] = [];
  const targets = new Proxy({} as MenuTargets, { get: (_t, name) => () => void calls.push(String(name)) });
  return { calls, targets };
}

describe('menu commands', () => {
  it('map edit, view and help commands onto their actions', () => {
    const { calls, targets } = recorder();
    const handled = MENU_COMMANDS.filter((c) => runMenuCommand(c, targets));
    expect(handled).toEqual(['edit.undo', 'edit.redo', 'edit.delete', 'view.toggleGradients', 'view.togglePalette', 'view.toggleProperties', 'view.zoomIn', 'view.zoomOut', 'view.fitView', 'help.shortcuts']);
    expect(calls).toEqual(['undo', 'redo', 'deleteSelection', 'toggleGradients', 'togglePalette', 'toggleProperties', 'zoomIn', 'zoomOut', 'fitView', 'showShortcuts']);
  });
});
