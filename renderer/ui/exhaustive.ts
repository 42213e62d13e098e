/** For the default branch of a switch that handles every case: a compile error when one is missing. */
export function exhaustive(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
