/** The keyboard shortcuts overlay (? or F1): every entry of the shortcut table, grouped as the table groups them. */
import { FILE_SHORTCUT_LIST } from '../documents/fileShortcuts.ts';
import { WEIGHTS_SHORTCUT_LIST } from '../codeio/weightsShortcuts.ts';
import { useEffect, useId, useRef } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { SHORTCUTS, type ShortcutContext } from '../ui/shortcuts.ts';

const SECTIONS: { context: ShortcutContext; title: string }[] = [
  { context: 'global', title: 'Keys' },
  { context: 'quickAdd', title: 'In quick-add' },
  { context: 'gesture', title: 'Mouse' },
];

/** A modal dialog listing the shortcuts; Esc, the close button or a click outside closes it. */
export function ShortcutHelp() {
  const open = useFlow((s) => s.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = () => flowStore.getState().setHelpOpen(false);
  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby={titleId}
      // Esc hides the dialog at once but fires `close` a task later; the store must
      // know sooner, or a quick ? or F1 would toggle the help shut instead of open.
      onCancel={close}
      onClose={close}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="help__body">
        <header className="help__header">
          <h2 id={titleId} className="help__title">
            Keyboard shortcuts
          </h2>
          <button type="button" className="button" aria-label="Close" onClick={close}>
            ✕
          </button>
        </header>
        <div className="help__sections">
          {SECTIONS.map(({ context, title }) => (
            <section key={context} aria-label={title}>
              <h3 className="panel__heading">{title}</h3>
              <ShortcutList items={SHORTCUTS.filter((s) => s.context === context)} />
            </section>
          ))}
          <section aria-label="Files">
            <h3 className="panel__heading">Files</h3>
            <ShortcutList items={[...FILE_SHORTCUT_LIST, ...WEIGHTS_SHORTCUT_LIST]} />
          </section>
        </div>
      </div>
    </dialog>
  );
}

/** Keys and what they do, as a definition list. */
function ShortcutList({ items }: { items: readonly { keys: string; does: string }[] }) {
  return (
    <dl className="help__list">
      {items.map((s) => (
        <div className="help__row" key={s.keys}>
          <dt>
            <kbd>{s.keys}</kbd>
          </dt>
          <dd>{s.does}</dd>
        </div>
      ))}
    </dl>
  );
}
