/** The document's title in the toolbar, with where it lives (file, sample, not saved yet) and a mark while it has unsaved changes. */
import { useDocument, useFileInfo, useIsDirty } from '../store/hooks.ts';
import type { FileInfo } from '../store/documentSlice.ts';

/** Where the document lives, as the toolbar says it. */
export function fileLabel(file: FileInfo): string {
  if (file.origin === 'sample') return `sample ${file.name}`;
  if (file.origin === 'file') return file.name;
  return 'not saved yet';
}

/** Title, file and modified mark. */
export function DocumentTitle() {
  const title = useDocument().meta.title;
  const file = useFileInfo();
  const dirty = useIsDirty();
  return (
    <div className="doc-title">
      <h1 className="doc-title__title" title={title}>
        {title}
      </h1>
      <span className="doc-title__file" title={fileLabel(file)}>
        {fileLabel(file)}
      </span>
      {dirty && (
        <span className="doc-title__dirty" title="Changed since it was opened or saved">
          <span aria-hidden>● </span>edited
        </span>
      )}
    </div>
  );
}
