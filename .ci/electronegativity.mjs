// Electronegativity over the project: the Electron sources and the desktop
// build of the renderer (built here, so the scan sees the CSP meta tag that
// the build adds). Findings rated MEDIUM or HIGH fail the run unless they are
// listed in REVIEWED below, each with its reason in the README's Security
// section; LOW and INFORMATIONAL findings are printed and never fail it.
//
// The package's CLI is not used: it needs commander 5 but does not declare it,
// so it breaks when another package hoists a newer commander (Forge does). Its
// runner, called directly, needs no command line parsing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const electronVersion = require('electron/package.json').version;

/** Findings that need a person's review by design; matched by check and file, not line. */
const REVIEWED = [
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/navigationGuards.ts', why: 'only http(s) URLs without credentials reach shell.openExternal (isExternalWebUrl, tested)' },
  { id: 'PRELOAD_JS_CHECK', file: 'electron/main/windowOptions.ts', why: 'the preload exposes one typed function per message through contextBridge, never ipcRenderer' },
];

await build({ configFile: 'electron/vite/renderer.config.ts', logLevel: 'warn' });

// The scan sees the project's own files (what git tracks) and the desktop build, nothing else:
// scanning the working directory would also read ignored trees such as the TensorFlow venv
// (.venv-tf ships TensorBoard's bundled JavaScript), whose findings are not ours to review.
const scanRoot = mkdtempSync(join(tmpdir(), 'flowboard-electronegativity-'));
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
for (const file of [...tracked, '.vite/renderer']) {
  try {
    cpSync(file, join(scanRoot, file), { recursive: true });
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // a tracked file deleted in the working tree is not scanned
  }
}
let issues, errors;
try {
  ({ issues, errors } = await run({ input: scanRoot, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] }));
} finally {
  rmSync(scanRoot, { recursive: true, force: true });
}
const rank = (issue) => issue.severity.value;
let failing = 0;
for (const issue of [...issues].sort((a, b) => rank(b) - rank(a))) {
  const where = `${issue.file}:${issue.location.line}`;
  const reviewed = REVIEWED.find((r) => r.id === issue.id && issue.file.replaceAll('\\', '/') === r.file);
  const serious = rank(issue) >= 2;
  const verdict = !serious ? 'ok (low)' : reviewed ? `reviewed: ${reviewed.why}` : 'FAIL';
  if (serious && !reviewed) failing++;
  console.log(`${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(32)} ${where}  ${verdict}`);
}
for (const error of errors) console.log(`parse error (not a finding): ${error.file}: ${error.message}`);
console.log(`electronegativity: ${issues.length} findings, ${failing} unreviewed at MEDIUM or above`);
process.exit(failing ? 1 : 0);
