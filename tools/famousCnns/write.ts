/**
 * Writes the famous-CNN templates to samples/, laid out by the app's own
 * auto-layout, in the stable form the app saves:
 *
 *   node bin/run-ts.js tools/famousCnns/write.ts
 *
 * templates.test.ts checks that the files are what this writes.
 */
import { writeFileSync } from 'node:fs';
import { templateText } from './templateText.ts';
import { TEMPLATES } from './templates.ts';

for (const name of Object.keys(TEMPLATES)) {
  writeFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), templateText(name));
  console.log(`samples/${name}.flow.json`);
}
