import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import type { SweepAxis } from '../../core/sweep/sweep.ts';
import { SweepAxisEditor } from './SweepAxisEditor.tsx';
import { sweepTargets } from './sweepTargets.ts';

const optimizers = loadDocumentText(readFileSync('samples/optimizers.flow.json', 'utf8')).document!;
const render = (axis: SweepAxis) => renderToStaticMarkup(<SweepAxisEditor index={0} axis={axis} targets={sweepTargets(optimizers)} onChange={() => undefined} />);

describe('a sweep axis', () => {
  it('shows the optimizers sample\'s saved sweep ready to run: six optimizers on', () => {
    const axis = optimizers.session!.sweep!.axes[0];
    const html = render(axis);
    expect(html.match(/checked=""/g)).toHaveLength(6);
    expect(html).toContain('<option value="train.optimizer" selected="">train · optimizer</option>');
  });

  it('finds an axis saved by a bare name, and shows numbers as a typed list', () => {
    expect(render({ target: 'optimizer', values: ['Adam'] }).match(/checked=""/g)).toHaveLength(1);
    expect(render({ target: 'train.learningRate', values: [0.01, 0.1] })).toContain('value="0.01, 0.1"');
  });
});
