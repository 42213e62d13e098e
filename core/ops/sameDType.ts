import type { TensorType } from '../graph/shape.ts';
import { fail, type InferFailure } from './opDef.ts';

/** A failure naming the first entry of a variadic input whose dtype differs from entry 0, if any. */
export function sameDType(kind: string, values: readonly TensorType[]): InferFailure | undefined {
  const odd = values.findIndex((v) => v.dtype !== values[0].dtype);
  if (odd < 0) return undefined;
  return fail('DTYPE_MISMATCH', `${kind} needs every input of one dtype: values:0 is ${values[0].dtype} but values:${odd} is ${values[odd].dtype}`, `insert a Cast to ${values[0].dtype} before values:${odd}`);
}
