/** The red dot on a node with breakpoints, as in a debugger; hollow when they are all disabled. Its title lists them. */
import { describeCondition } from '../../core/runtime/breakpoints.ts';
import { useFlow } from '../store/hooks.ts';

/** Nothing on a node without breakpoints. */
export function BreakpointMarker({ nodeId }: { nodeId: string }) {
  const breakpoints = useFlow((s) => s.document.debug?.breakpoints);
  const own = breakpoints?.filter((b) => b.node === nodeId) ?? [];
  if (own.length === 0) return null;
  const enabled = own.some((b) => !b.disabled);
  const title = own.map((b) => `${describeCondition(b.condition)}${b.disabled ? ' (disabled)' : ''}`).join('\n');
  return <span className="breakpoint-marker" data-testid="breakpoint-marker" data-enabled={enabled} title={`Breakpoints:\n${title}`} aria-label={`Breakpoints: ${title.replaceAll('\n', '; ')}`} role="img" />;
}
