/** One attribute's input, chosen by its spec's type. */
import type { AttrValue } from '../../core/graph/document.ts';
import type { AttrSpec } from '../../core/ops/attrs.ts';
import { DTYPES } from '../../core/graph/shape.ts';
import { actions } from '../store/flowStore.ts';
import { formatAttr, parseAttr } from './attrText.ts';
import { CheckboxField } from './CheckboxField.tsx';
import { InitializerField } from './InitializerField.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useDraft } from './useDraft.ts';

export interface AttrFieldProps {
  nodeId: string;
  name: string;
  spec: AttrSpec;
  value: AttrValue;
}

/** Picks the input for the spec; every commit goes through the setAttr command. */
export function AttrField(props: AttrFieldProps) {
  const { nodeId, name, spec, value } = props;
  const save = (v: AttrValue) => {
    const r = actions.setAttr(nodeId, name, v);
    return r.ok ? undefined : r.error;
  };
  switch (spec.type) {
    case 'bool':
      return <CheckboxField label={name} hint={spec.doc} checked={value === true} onChange={(on) => save(on)} />;
    case 'enum':
      return <SelectField label={name} hint={spec.doc} value={String(value)} options={spec.options} onChange={(v) => save(v)} />;
    case 'dtype':
      return <SelectField label={name} hint={spec.doc} value={String(value)} options={spec.options ?? DTYPES} onChange={(v) => save(v)} />;
    case 'initializer':
      return <InitializerField label={name} hint={spec.doc} value={value} onChange={save} />;
    default:
      return <TextAttrField {...props} save={save} />;
  }
}

const PLACEHOLDER: Partial<Record<AttrSpec['type'], string>> = { shape: '[?, 784]', ints: '0, 1', tensor: '[[1, 2], [3, 4]]' };

function TextAttrField({ name, spec, value, save }: AttrFieldProps & { save: (v: AttrValue) => string | undefined }) {
  const nullableHint =
    spec.type === 'shape' && spec.nullable ? 'empty for any shape' : spec.type === 'ints' && spec.nullable ? 'empty for all' : spec.type === 'seed' ? 'empty: counted as TF counts it' : undefined;
  const draft = useDraft(
    formatAttr(spec, value),
    (text) => {
      const p = parseAttr(spec, text);
      return 'error' in p ? p.error : undefined;
    },
    (text) => {
      const p = parseAttr(spec, text);
      return 'error' in p ? p.error : save(p.value);
    },
  );
  const numeric = spec.type === 'float' || spec.type === 'int' || spec.type === 'seed';
  const range = numeric ? rangeText(spec) : '';
  return (
    <TextField
      label={range ? `${name} (${range})` : name}
      hint={spec.doc}
      draft={draft}
      placeholder={nullableHint ?? PLACEHOLDER[spec.type]}
      inputMode={numeric ? 'decimal' : 'text'}
      mono={!numeric}
    />
  );
}

function rangeText(spec: AttrSpec): string {
  if (spec.type !== 'float' && spec.type !== 'int') return '';
  const lo = spec.min === undefined ? '' : spec.type === 'float' && spec.exclusiveMin ? `> ${spec.min}` : `≥ ${spec.min}`;
  const hi = spec.max === undefined ? '' : `≤ ${spec.max}`;
  return [lo, hi].filter(Boolean).join(', ');
}
