/** One image summary of the Session panel: its node, its tag (label) and how many images it keeps, both edited in place. */
import { useState } from 'react';
import type { ImageSummary } from '../../core/graph/document.ts';
import { MAX_IMAGE_OUTPUTS, maxOutputsOf } from '../../core/graph/imageTags.ts';
import { actions } from '../store/flowStore.ts';
import type { EditImageSummaryArgs } from '../store/commands/imageSummaries.ts';

interface Props {
  image: ImageSummary;
  index: number;
  /** The node's name: the tag when there is no label. */
  name: string;
}

/** A row: node name and remove, then label and "first N", then why the last edit was refused. */
export function ImageRow({ image, index, name }: Props) {
  const label = useEditedText(image.label ?? '');
  const max = useEditedText(String(maxOutputsOf(image)));
  const [problem, setProblem] = useState<string | undefined>();
  /** Applies an edit; a refusal is shown under the row and the document keeps its value. */
  const edit = (change: Omit<EditImageSummaryArgs, 'index'>): boolean => {
    const r = actions.editImageSummary({ index, ...change });
    setProblem(r.ok ? undefined : `${r.error}. Kept ${change.label !== undefined ? `the label ${image.label ? `"${image.label}"` : `"${name}" (the node's name)`}` : `${maxOutputsOf(image)} images`}.`);
    return r.ok;
  };
  const commitLabel = () => label.draft.trim() === (image.label ?? '') || edit({ label: label.draft });
  const commitMax = () => max.draft.trim() === String(maxOutputsOf(image)) || edit({ maxOutputs: max.draft.trim() === '' ? Number.NaN : Number(max.draft) });
  const cancel = (field: EditedText) => {
    field.reset();
    setProblem(undefined);
  };
  const key = (field: EditedText, commit: () => boolean) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && commit()) e.currentTarget.blur();
    if (e.key === 'Escape') cancel(field);
  };
  // Leaving a refused field puts the kept value back; the message stays to say why.
  const leave = (field: EditedText, commit: () => boolean) => () => {
    if (!commit()) field.reset();
  };
  const problemId = `image-problem-${index}`;
  return (
    <li className="session__image">
      <span className="session__fetch-name" title={image.label ? `${name}, tagged "${image.label}" in Images` : `${name}, tagged by its name in Images`}>
        {name}
      </span>
      <input
        className="input session__fetch-label"
        aria-label={`Image label of ${name}`}
        aria-invalid={problem !== undefined && label.draft.trim() !== (image.label ?? '') ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        placeholder={name}
        value={label.draft}
        title="Its tag in Images and TensorBoard: letters, digits, _ . - /; empty uses the node's name"
        onChange={(e) => label.set(e.target.value)}
        onBlur={leave(label, commitLabel)}
        onKeyDown={key(label, commitLabel)}
      />
      <label className="session__image-max" title={`How many images of each batch it keeps per step (TF's max_outputs), 1 to ${MAX_IMAGE_OUTPUTS}`}>
        <span className="session__note">first</span>
        <input
          className="input"
          type="number"
          min={1}
          max={MAX_IMAGE_OUTPUTS}
          step={1}
          aria-label={`Images kept of ${name}`}
          aria-invalid={problem !== undefined && max.draft.trim() !== String(maxOutputsOf(image)) ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          value={max.draft}
          onChange={(e) => {
            max.set(e.target.value);
            // The spinner and arrow keys step at once; typed digits wait for Enter or leaving, so "12" is not first 1 then 12.
            if ((e.nativeEvent as InputEvent).inputType === undefined && e.target.value !== '') edit({ maxOutputs: Number(e.target.value) });
          }}
          onBlur={leave(max, commitMax)}
          onKeyDown={key(max, commitMax)}
        />
      </label>
      <button type="button" className="button button--icon session__remove" aria-label={`Stop drawing ${name}`} title="Stop drawing it" onClick={() => actions.removeImageSummary(index)}>
        ×
      </button>
      {problem && (
        <p className="session__problem session__image-problem" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

interface EditedText {
  draft: string;
  set(text: string): void;
  reset(): void;
}

/**
 * The text being typed, replaced whenever `value` changes from outside (undo,
 * another document). Not properties/useDraft, whose fields are remounted when
 * the stored value changes: here the spinner applies each step at once, and a
 * remount would take the focus from the field being stepped.
 */
function useEditedText(value: string): EditedText {
  const [draft, set] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    set(value);
  }
  return { draft, set, reset: () => set(value) };
}
