/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * dims the page and puts it above everything; Escape and a click on the
 * backdrop call `onCancel` (or are ignored when a choice must be made). The
 * control marked `data-autofocus` gets the focus.
 */
import { type ReactNode, useEffect, useRef } from 'react';

interface ModalProps {
  titleId: string;
  descriptionId?: string;
  /** Escape; undefined when the dialog needs an answer (an alert dialog). */
  onCancel?: () => void;
  /** An alert dialog's answer when the browser closes it anyway (Chromium lets a repeated Escape through). */
  onForcedClose?: () => void;
  className?: string;
  children: ReactNode;
}

/** Shows its children as a modal while mounted. */
export function Modal({ titleId, descriptionId, onCancel, onForcedClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  useEffect(() => {
    const dialog = ref.current!;
    unmounting.current = false;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control; the safe or expected one is marked instead (React's autoFocus runs too early).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      unmounting.current = true;
      dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      role={onCancel ? undefined : 'alertdialog'}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClick={(e) => {
        // A click on the dimmed backdrop lands on the dialog element, outside its box.
        const box = e.currentTarget.getBoundingClientRect();
        const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
        if (e.target === e.currentTarget && outside) onCancel?.();
      }}
      onClose={(e) => {
        // Closed by the browser rather than by answering: the question must still get an answer, or its caller waits for ever.
        // (The event arrives a task later: a dialog open again by then, as after StrictMode's effect re-run, was not closed.)
        if (!unmounting.current && !e.currentTarget.open) (onCancel ?? onForcedClose)?.();
      }}
      onCancel={(e) => {
        // The dialog closes when React unmounts it, so the state and the screen never disagree.
        e.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
