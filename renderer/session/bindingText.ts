/** A data binding in a few words, for the Session panel's rows. */
import type { DataBinding, SessionConfig } from '../../core/graph/document.ts';
import { nestedShape } from '../../core/ops/attrs.ts';

/** "inline, 4 rows × 2", "line.csv: x, y", "MNIST train-55k images". */
export function bindingText(binding: DataBinding, session: SessionConfig | undefined): string {
  switch (binding.kind) {
    case 'inline': {
      const shape = nestedShape(binding.value);
      if (shape.length === 0) return `the value ${String(binding.value)}`;
      if (shape.length === 1) return `inline, ${shape[0]} value${shape[0] === 1 ? '' : 's'}`;
      return `inline, ${shape[0]} row${shape[0] === 1 ? '' : 's'} × ${shape.slice(1).join(' × ')}`;
    }
    case 'csv': {
      const where = session?.files && Object.hasOwn(session.files, binding.path) ? '' : ' (read from disk)';
      const hot = binding.oneHot ? `, one-hot over ${binding.oneHot.length} classes` : '';
      return `${binding.path}: ${binding.columns.join(', ')}${hot}${where}`;
    }
    case 'dataset':
      return `${binding.name.toUpperCase()} ${binding.split} ${binding.field}`;
  }
}
