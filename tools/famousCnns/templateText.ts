/** One template as its samples/ file holds it, in the stable form the app saves. */
import { saveDocument } from '../../core/graph/save.ts';
import { TEMPLATES } from './templates.ts';

/** The `.flow.json` text of the template `name`. */
export function templateText(name: string): string {
  return saveDocument(TEMPLATES[name]());
}
