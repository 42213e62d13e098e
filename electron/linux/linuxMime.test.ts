/**
 * The Linux file type: the shared-mime-info definition, the install scripts
 * that put it in place (run here against a scratch root through DPKG_ROOT),
 * and the deb and rpm makers' settings that ship both.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../../test/tempFiles.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const definitionPath = 'electron/linux/flowboard-mime.xml';
const definition = readFileSync(join(projectRoot, definitionPath), 'utf8');
const hasUpdateMimeDatabase = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v update-mime-database'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the MIME definition', () => {
  it('maps *.flow.json to the graph type, a kind of JSON, above *.json', () => {
    expect(definition).toContain('<mime-type type="application/x-flowboard+json">');
    expect(definition).toContain('<sub-class-of type="application/json"/>');
    expect(definition).toMatch(/<glob pattern="\*\.flow\.json" weight="(\d+)"\/>/);
    expect(Number(/weight="(\d+)"/.exec(definition)![1])).toBeGreaterThan(50);
  });
});

describe('the deb and rpm makers', () => {
  it('ship the definition in the app and run the scripts that install and remove it', async () => {
    const { default: config } = await import('../../forge.config.ts');
    expect(config.packagerConfig?.extraResource).toContain(definitionPath);
    const options = (name: string) => (config.makers!.find((m) => (m as { name?: string }).name === name) as unknown as { configOrConfigFetcher: { options: Record<string, unknown> } }).configOrConfigFetcher.options;
    const deb = options('deb');
    const rpm = options('rpm');
    expect(deb.scripts).toEqual({ postinst: 'electron/linux/register-mime.sh', postrm: 'electron/linux/unregister-mime.sh' });
    expect(rpm.scripts).toEqual({ post: 'electron/linux/register-mime.sh', postun: 'electron/linux/unregister-mime.sh' });
    for (const options of [deb, rpm]) expect(options.mimeType).toContain('application/x-flowboard+json');
    // dpkg runs maintainer scripts directly (electron-installer-debian also marks its copies executable).
    for (const script of ['register-mime.sh', 'unregister-mime.sh']) accessSync(join(import.meta.dirname, script), constants.X_OK);
  });
});

describe('the install scripts', () => {
  let root: TempDir;
  const installed = () => join(root.path, 'usr/share/mime/packages/flowboard.xml');
  const run = (script: string, arg: string) =>
    execFileSync('sh', [join(import.meta.dirname, script), arg], {
      // DPKG_ROOT is dpkg's own install-root variable; XDG_DATA_DIRS only quiets update-mime-database's note about search paths.
      env: { ...process.env, DPKG_ROOT: root.path, XDG_DATA_DIRS: join(root.path, 'usr/share') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  beforeEach(() => {
    root = tempDir();
    const resources = join(root.path, 'usr/lib/flowboard/resources');
    mkdirSync(resources, { recursive: true });
    copyFileSync(join(projectRoot, definitionPath), join(resources, 'flowboard-mime.xml'));
  });
  afterEach(() => root.remove());

  it('copy the definition into the MIME packages on install, keep it on upgrade, remove it on removal', () => {
    run('register-mime.sh', 'configure');
    expect(readFileSync(installed(), 'utf8')).toBe(definition);
    for (const upgrade of ['upgrade', '1', 'failed-upgrade']) {
      run('unregister-mime.sh', upgrade);
      expect(existsSync(installed()), upgrade).toBe(true);
    }
    run('unregister-mime.sh', 'remove');
    expect(existsSync(installed())).toBe(false);
    run('register-mime.sh', '1');
    run('unregister-mime.sh', '0');
    expect(existsSync(installed())).toBe(false);
  });

  it.runIf(hasUpdateMimeDatabase)('rebuild the MIME database, which then knows *.flow.json', () => {
    run('register-mime.sh', 'configure');
    expect(readFileSync(join(root.path, 'usr/share/mime/globs2'), 'utf8')).toMatch(/^\d+:application\/x-flowboard\+json:\*\.flow\.json$/m);
    run('unregister-mime.sh', 'purge');
    expect(readFileSync(join(root.path, 'usr/share/mime/globs2'), 'utf8')).not.toContain('flowboard');
  });

  it('do not fail the install when the definition is missing', () => {
    root.remove();
    mkdirSync(root.path, { recursive: true });
    expect(() => run('register-mime.sh', 'configure')).not.toThrow();
    expect(existsSync(installed())).toBe(false);
  });
});
