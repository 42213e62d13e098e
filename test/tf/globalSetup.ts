/**
 * Before `npm run test:tf`: TensorFlow must be there. A missing venv fails the
 * run with the command that makes it, in CI and on a laptop alike, so these
 * tests never pass by skipping.
 */
import { tfMissing } from '../../tools/tf/python.ts';

export default function setup(): void {
  const missing = tfMissing();
  if (missing) throw new Error(`test:tf: ${missing}`);
}
