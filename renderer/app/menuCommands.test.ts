import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../electron/common/menuCommands.ts';
import { type MenuTargets, runMenuCommand } from './menuCommands.ts';

function recorder() {
  const calls: string[] = [];
  const targets = new Proxy({} as MenuTargets, { get: (_t, name) => () => void calls.push(String(name)) });
  return { calls, targets };
}

describe('menu commands', () => {
  it('map import, export, edit, view, run and help commands onto their actions', () => {
    const { calls, targets } = recorder();
    const handled = MENU_COMMANDS.filter((c) => runMenuCommand(c, targets));
    expect(handled).toEqual([
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
      'help.shortcuts',
    ]);
    expect(calls).toEqual(['exportPng', 'exportSvg', 'importPython', 'exportCode', 'exportLogs', 'saveWeights', 'saveWithWeights', 'loadWeights', 'undo', 'redo', 'deleteSelection', 'toggleGradients', 'togglePalette', 'toggleProperties', 'zoomIn', 'zoomOut', 'fitView', 'run', 'train', 'pause', 'step', 'reset', 'showShortcuts']);
  });

  it('leave saving and the lessons to the documents feature, calling nothing', () => {
    const { calls, targets } = recorder();
    expect(['file.save', 'file.saveAs', 'help.lessons'].map((c) => runMenuCommand(c as never, targets))).toEqual([false, false, false]);
    expect(calls).toEqual([]);
  });
});
