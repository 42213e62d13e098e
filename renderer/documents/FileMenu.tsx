/**
 * The toolbar's File menu in a browser: New, Open…, Open sample…, Import
 * Python…, Save, Save as…, Export PNG, Export SVG, Export code…, Export
 * TensorBoard logs, Save trained weights, Save with trained weights, Load weights… and the recent documents. A menu button in the WAI-ARIA pattern:
 * arrow keys move, Escape closes and returns to the button.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ExportCodeDialog } from '../codeio/ExportCodeDialog.tsx';
import { currentRunRecord, exportRunLogs } from '../codeio/exportLogs.ts';
import { ImportPythonDialog } from '../codeio/ImportPythonDialog.tsx';
import { loadWeights, saveTrainedWeights } from '../codeio/weightsFiles.ts';
import { saveWithTrainedWeights } from '../codeio/documentWeights.ts';
import { training } from '../training/appTraining.ts';
import { useExportImage } from '../export/useExportImage.ts';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { fileCommands, platform } from './appDocuments.ts';
import { documentsStore } from './documentsStore.ts';
import { recentLabel } from './RecentList.tsx';
import { useRecentDocuments } from './useDocuments.ts';

interface Item {
  label: string;
  /** As shown, e.g. Ctrl+Shift+S. */
  keys?: string;
  /** As aria-keyshortcuts wants it, e.g. Control+Shift+S. */
  ariaKeys?: string;
  /** Shown but not chosen, e.g. Export TensorBoard logs before any run. */
  disabled?: boolean;
  run(): void;
}

/** The File button and its menu. */
export function FileMenu() {
  const [open, setOpen] = useState(false);
  const [codeDialog, setCodeDialog] = useState<'import' | 'export'>();
  const hasRun = useFlow((s) => currentRunRecord(s) !== undefined);
  // Weights to save: a run of this document is loaded (trained, or given weights by Load weights…).
  const hasWeights = useFlow((s) => hasRun || (s.run.trainedDocument === s.document && (['ready', 'paused', 'finished', 'training'] as const).some((st) => st === s.run.status)));
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const recent = useRecentDocuments();
  const exportImage = useExportImage();
  const mod = platform.modifierKey;
  const ariaMod = mod === 'Cmd' ? 'Meta' : 'Control';
  const groups: Item[][] = [
    [
      { label: 'New', run: () => void fileCommands.newDocument() },
      { label: 'Open…', keys: `${mod}+O`, ariaKeys: `${ariaMod}+O`, run: () => void fileCommands.open() },
      { label: 'Open sample…', run: () => documentsStore.getState().setGalleryOpen(true) },
      { label: 'Import Python…', run: () => setCodeDialog('import') },
    ],
    [
      { label: 'Save', keys: `${mod}+S`, ariaKeys: `${ariaMod}+S`, run: () => void fileCommands.save(false) },
      { label: 'Save as…', keys: `${mod}+Shift+S`, ariaKeys: `${ariaMod}+Shift+S`, run: () => void fileCommands.save(true) },
    ],
    [
      { label: 'Export PNG', run: () => void exportImage('png') },
      { label: 'Export SVG', run: () => void exportImage('svg') },
      { label: 'Export code…', run: () => setCodeDialog('export') },
      { label: 'Export TensorBoard logs', disabled: !hasRun, run: () => void exportRunLogs(flowStore) },
    ],
    [
      { label: 'Save trained weights', keys: `${mod}+Alt+S`, ariaKeys: `${ariaMod}+Alt+S`, disabled: !hasWeights, run: () => void saveTrainedWeights(flowStore, training()) },
      { label: 'Save with trained weights', disabled: !hasWeights, run: () => void saveWithTrainedWeights(flowStore, training(), () => fileCommands.save(false)) },
      { label: 'Load weights…', keys: `${mod}+Alt+O`, ariaKeys: `${ariaMod}+Alt+O`, run: () => void loadWeights(flowStore, training()) },
    ],
  ];

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // Closed first, then run: the item may open a dialog or a file picker, which must come from this click.
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role=menuitem]:not([aria-disabled=true])') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="file-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'file-menu' : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        File
        <span className="button__caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && (
        <div id="file-menu" className="menu" role="menu" aria-label="File" onKeyDown={onMenuKey}>
          {groups.map((group, g) => (
            <div key={g} role="group" className="menu__group">
              {group.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  className="menu__item"
                  tabIndex={-1}
                  aria-keyshortcuts={item.ariaKeys}
                  aria-disabled={item.disabled || undefined}
                  onClick={() => !item.disabled && choose(item.run)}
                >
                  <span>{item.label}</span>
                  {/* The shortcut is announced through aria-keyshortcuts, so it stays out of the item's name. */}
                  {item.keys && (
                    <kbd className="menu__keys" aria-hidden>
                      {item.keys}
                    </kbd>
                  )}
                </button>
              ))}
            </div>
          ))}
          <div role="group" className="menu__group" aria-labelledby="file-menu-recent">
            <div id="file-menu-recent" className="menu__heading" role="presentation">
              Recent
            </div>
            {recent.length === 0 ? (
              <div role="menuitem" className="menu__item" aria-disabled="true" tabIndex={-1}>
                No recent documents
              </div>
            ) : (
              recent.map((r) => (
                <button key={r.id} type="button" role="menuitem" className="menu__item" tabIndex={-1} title={r.title} onClick={() => choose(() => void fileCommands.openRecent(r.id))}>
                  <span className="menu__label">{recentLabel(r)}</span>
                </button>
              ))
            )}
          </div>
        </div>
      )}
      {codeDialog === 'import' && <ImportPythonDialog onClose={() => setCodeDialog(undefined)} />}
      {codeDialog === 'export' && <ExportCodeDialog onClose={() => setCodeDialog(undefined)} />}
    </div>
  );
}
