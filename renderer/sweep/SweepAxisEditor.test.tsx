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

  it('offers the initializer and the layer width of xor-nn, initializer kinds as toggles and widths as a typed list', () => {
    const xor = loadDocumentText(readFileSync('samples/xor-nn.flow.json', 'utf8')).document!;
    const html = renderToStaticMarkup(<SweepAxisEditor index={0} axis={{ target: 'initializer', values: ['randomNormal', 'glorotUniform'] }} targets={sweepTargets(xor)} onChange={() => undefined} />);
    expect(html).toContain('<option value="initializer" selected="">Weights · initializer</option>');
    expect(html).toContain('Every weight matrix: W1, W2; biases keep theirs.');
    expect(html).toContain('<option value="W1.units">W1 · layer width (units)</option>');
    expect(html).toContain('<option value="b1.initializer">b1 · initializer</option>');
    expect(html.match(/<input type="checkbox"/g)).toHaveLength(9);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    const widths = renderToStaticMarkup(<SweepAxisEditor index={0} axis={{ target: 'W1.units', values: [2, 4, 8, 16] }} targets={sweepTargets(xor)} onChange={() => undefined} />);
    expect(widths).toContain('value="2, 4, 8, 16"');
    expect(widths).toContain('Changes W1[1], b1[0], W2[0] together.');
    // Saved by another name of the same layer (the CLI's layer1.units): shown as it is, its widths still a typed list.
    const cli = renderToStaticMarkup(<SweepAxisEditor index={0} axis={{ target: 'layer1.units', values: [2, 16] }} targets={sweepTargets(xor)} onChange={() => undefined} />);
    expect(cli).toContain('<option value="layer1.units" selected="">layer1.units</option>');
    expect(cli).toContain('value="2, 16"');
  });
});
