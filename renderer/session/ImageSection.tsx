/** The session's image summaries (TF's `tf.summary.image`): nodes whose value Train draws in the Images panel at log steps. */
import { notAnImage } from '../../core/graph/checkImages.ts';
import { actions } from '../store/flowStore.ts';
import { useAnalysis, useDocument } from '../store/hooks.ts';
import { ImageRow } from './ImageRow.tsx';

/** The "Image summaries" section. */
export function ImageSection() {
  const doc = useDocument();
  const analysis = useAnalysis();
  const images = doc.session?.images ?? [];
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  // Only nodes whose value is known to be an image: [batch, height, width, 1, 3 or 4].
  const drawable = doc.nodes
    .filter((n) => !images.some((image) => image.node === n.id))
    .filter((n) => {
      const type = analysis.types.get(n.id)?.[0];
      return type?.shape?.length === 4 && notAnImage(type) === undefined;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="session-images">
      <h2 className="panel__heading" id="session-images">
        Image summaries
      </h2>
      {images.length === 0 && (
        <p className="session__note">
          {drawable.length > 0
            ? 'Draw a node’s images at every log step, in the Images panel (as tf.summary.image).'
            : 'No node’s value is an image yet: reshape X to [-1, 28, 28, 1] (a Reshape node) and it can be drawn here.'}
        </p>
      )}
      <ul className="session__list" aria-label="Image summaries">
        {images.map((image, i) => (
          <ImageRow key={`${image.node}:${i}`} image={image} index={i} name={name(image.node)} />
        ))}
      </ul>
      {drawable.length > 0 && (
        <select
          className="input session__add"
          aria-label="Add an image summary"
          value=""
          onChange={(e) => {
            if (e.target.value) actions.addImageSummary({ nodeId: e.target.value });
          }}
        >
          <option value="">+ Image summary…</option>
          {drawable.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
      )}
    </section>
  );
}
