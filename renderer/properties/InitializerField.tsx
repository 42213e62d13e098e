/** A Variable's initializer: its kind, then that kind's numeric parameters. */
import type { AttrValue } from '../../core/graph/document.ts';
import { INITIALIZER_KINDS, validateInitializer } from '../../core/ops/initializers.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';
import { useDraft } from './useDraft.ts';

interface InitializerFieldProps {
  label: string;
  hint?: string;
  value: AttrValue;
  /** Returns the store's refusal, if any. */
  onChange: (v: AttrValue) => string | undefined;
}

type Spec = Record<string, AttrValue>;

/** The kind select plus one number field per parameter. */
export function InitializerField({ label, hint, value, onChange }: InitializerFieldProps) {
  const current = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { kind: 'zeros' }) as Spec;
  const params = Object.keys(current).filter((k) => k !== 'kind');
  return (
    <fieldset className="fieldset">
      <SelectField
        label={label}
        hint={hint}
        value={String(current.kind)}
        options={INITIALIZER_KINDS}
        onChange={(kind) => {
          // validateInitializer fills the new kind's parameters with their defaults.
          const filled = validateInitializer({ kind });
          if ('spec' in filled) onChange(filled.spec as unknown as AttrValue);
        }}
      />
      {params.map((p) => (
        <ParamField key={`${p}:${String(current[p])}`} name={p} spec={current} onChange={onChange} />
      ))}
    </fieldset>
  );
}

function ParamField({ name, spec, onChange }: { name: string; spec: Spec; onChange: InitializerFieldProps['onChange'] }) {
  const toSpec = (text: string) => ({ ...spec, [name]: text.trim() === '' ? Number.NaN : Number(text) });
  const draft = useDraft(
    String(spec[name]),
    (text) => {
      const r = validateInitializer(toSpec(text));
      return 'problem' in r ? capitalise(r.problem) : undefined;
    },
    (text) => onChange(toSpec(text)),
  );
  return <TextField label={name} draft={draft} inputMode="decimal" />;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
