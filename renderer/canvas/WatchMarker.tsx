/** The small eye on a watched node: its title lists the scalars it logs while training. */
import { watchTag } from '../../core/runtime/breakpoints.ts';
import { useFlow } from '../store/hooks.ts';

/** Nothing on a node without watches. */
export function WatchMarker({ nodeId, name }: { nodeId: string; name: string }) {
  const watches = useFlow((s) => s.document.debug?.watches);
  const own = watches?.filter((w) => w.node === nodeId) ?? [];
  if (own.length === 0) return null;
  const tags = own.map((w) => watchTag(w, name)).join('\n');
  return <span className="watch-marker" data-testid="watch-marker" title={`Watched in Scalars:\n${tags}`} aria-label={`Watched: ${tags.replaceAll('\n', '; ')}`} role="img" />;
}
