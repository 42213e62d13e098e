/** File > Import Python…: paste TF1 course code or open a .py file, import it as a new document, and list the lines left out. */
import { useEffect, useRef, useState } from 'react';
import { platform } from '../documents/appDocuments.ts';
import { Modal } from '../ui/Modal.tsx';
import { flowStore } from '../store/flowStore.ts';
import { type LineReport, matchPickedFiles } from './pythonImport.ts';
import { pythonImporter } from './pythonImportClient.ts';
import './codeio.css';

type Phase =
  | { kind: 'editing'; problem?: string; skipped: LineReport[] }
  | { kind: 'importing'; lines: number }
  /** The code reads data files (np.loadtxt) it was not given: pick them, or import without their data. */
  | { kind: 'needsFiles'; missing: string[]; problem?: string } | { kind: 'asking' } | { kind: 'imported'; name: string; skipped: LineReport[]; notes: LineReport[]; errors: number };

/** The import dialog; `onClose` unmounts it. */
export function ImportPythonDialog({ onClose }: { onClose(): void }) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [phase, setPhase] = useState<Phase>({ kind: 'editing', skipped: [] });
  const fileInput = useRef<HTMLInputElement>(null);
  const dataInput = useRef<HTMLInputElement>(null);
  // Data files picked for the code, by the path it names; kept while the code is edited.
  const [dataFiles, setDataFiles] = useState<Record<string, string>>({});

  // Closing the dialog mid-import ends the worker's work too.
  useEffect(() => () => pythonImporter().cancel(), []);

  const run = async (files = dataFiles, withoutMissing = false) => {
    if (text.trim() !== '') setPhase({ kind: 'importing', lines: text.split('\n').length });
    // In the import worker, so a huge paste never freezes the page.
    const result = await pythonImporter().importText(text, fileName, files);
    if ('cancelled' in result) return setPhase({ kind: 'editing', problem: 'The import was cancelled; the code is still here.', skipped: [] });
    const missing = result.missingFiles ?? [];
    if (missing.length > 0 && !withoutMissing) return setPhase({ kind: 'needsFiles', missing });
    if (!result.ok) return setPhase({ kind: 'editing', problem: result.message, skipped: result.skipped });
    // Hidden while the unsaved-changes prompt asks, so only one modal is up; a cancel brings the code back.
    setPhase({ kind: 'asking' });
    const shown = (await platform.openGenerated?.(result.document, result.name)) ?? false;
    if (!shown) return setPhase({ kind: 'editing', skipped: [] });
    setPhase({ kind: 'imported', name: result.name, skipped: result.skipped, notes: result.notes, errors: result.errors });
    flowStore.getState().setNotice({ kind: 'info', text: `Imported "${result.name}": ${result.document.nodes.length} nodes, ${result.skipped.length} skipped` });
  };

  const pickData = async (list: FileList | null, missing: string[]) => {
    const picked = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
    if (picked.length === 0) return;
    const matched = matchPickedFiles(missing, picked);
    if (Object.keys(matched).length === 0)
      return setPhase({ kind: 'needsFiles', missing, problem: `${picked.map((f) => f.name).join(', ')} ${picked.length === 1 ? 'is not the file' : 'are not the files'} the code reads; pick ${missing.join(', ')}` });
    const files = { ...dataFiles, ...matched };
    setDataFiles(files);
    await run(files);
  };

  if (phase.kind === 'asking') return null;
  if (phase.kind === 'imported') {
    return (
      <Modal titleId="import-python-title" descriptionId="import-python-text" onCancel={onClose} className="modal--wide codeio">
        <h2 id="import-python-title" className="modal__title">
          Python imported as “{phase.name}”
        </h2>
        <p id="import-python-text" className="modal__text">
          {phase.skipped.length === 0 ? 'Every line was imported.' : `${phase.skipped.length} ${phase.skipped.length === 1 ? 'line was' : 'lines were'} left out, listed below.`}{' '}
          {phase.errors === 0 ? 'The graph is valid.' : `The graph has ${phase.errors} ${phase.errors === 1 ? 'error' : 'errors'}; the Problems panel lists them.`}
        </p>
        <LineList lines={phase.skipped} label="Skipped lines" />
        {phase.notes.length > 0 && (
          <>
            <h3 className="codeio__heading">Notes on what was read</h3>
            <LineList lines={phase.notes} label="Import notes" />
          </>
        )}
        <div className="modal__actions">
          <span className="modal__spacer" />
          <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal titleId="import-python-title" descriptionId="import-python-text" onCancel={onClose} className="modal--wide codeio">
      <h2 id="import-python-title" className="modal__title">
        Import Python
      </h2>
      <p id="import-python-text" className="modal__text">
        Paste a TF1 program in the course's style (tf.placeholder, tf.Variable, an optimizer's minimize and a sess.run loop), or open a .py file. It opens as a new, unsaved graph.
      </p>
      <textarea
        className="codeio__code"
        readOnly={phase.kind === 'importing'}
        aria-label="Python code"
        spellCheck={false}
        data-autofocus
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setPhase({ kind: 'editing', skipped: [] });
        }}
      />
      {phase.kind === 'importing' && (
        <p className="codeio__busy" role="status">
          Importing {phase.lines.toLocaleString('en-US')} lines… Cancel stops it.
        </p>
      )}
      {phase.kind === 'editing' && phase.problem && (
        <p className="codeio__problem" role="alert">
          {phase.problem}
        </p>
      )}
      {phase.kind === 'editing' && <LineList lines={phase.skipped} label="Skipped lines" />}
      {phase.kind === 'needsFiles' && (
        <div className="codeio__files" role="group" aria-label="Data files">
          <p className="modal__text">
            This code reads {phase.missing.join(', ')} with NumPy. Pick {phase.missing.length === 1 ? 'the file' : 'the files'} so the columns it slices are bound to the Placeholders they feed (the
            document keeps a copy), or import without the data and bind it in the session later.
          </p>
          {phase.problem && (
            <p className="codeio__problem" role="alert">
              {phase.problem}
            </p>
          )}
          <input ref={dataInput} type="file" multiple accept=".csv,.txt,.tsv,.dat,text/csv,text/plain" hidden aria-label="Data files to pick" onChange={(e) => void pickData(e.target.files, phase.missing)} />
          <div className="modal__actions">
            <button type="button" className="button button--primary" onClick={() => dataInput.current?.click()}>
              Pick {phase.missing.length === 1 ? phase.missing[0] : 'the files'}…
            </button>
            <button type="button" className="button" onClick={() => void run(dataFiles, true)}>
              Import without the data
            </button>
          </div>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".py,text/x-python"
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setFileName(file.name);
          setText(await file.text());
          setPhase({ kind: 'editing', skipped: [] });
        }}
      />
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Open .py file…
        </button>
        <span className="modal__spacer" />
        {phase.kind === 'importing' ? (
          <button type="button" className="button" onClick={() => pythonImporter().cancel()}>
            Cancel import
          </button>
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        )}
        <button type="button" className="button button--primary" disabled={phase.kind === 'importing'} onClick={() => void run()}>
          Import
        </button>
      </div>
    </Modal>
  );
}

/** Lines the importer left out, or notes on, with its reasons. */
function LineList({ lines, label }: { lines: LineReport[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <ul className="codeio__lines" aria-label={label}>
      {lines.map((s) => (
        <li key={`${s.line}-${s.reason}`}>
          <span className="codeio__line">{s.endLine ? `Lines ${s.line}–${s.endLine}` : `Line ${s.line}`}</span> {s.reason}
        </li>
      ))}
    </ul>
  );
}
