import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from './launchArgs.ts';

describe('filesFromArgv', () => {
  it('finds graph files after the executable, resolving relative ones', () => {
    expect(filesFromArgv(['/opt/Flowboard/flowboard', 'xor.flow.json', '/abs/b.FLOW.JSON'], '/home/me', 1)).toEqual([resolve('/home/me', 'xor.flow.json'), '/abs/b.FLOW.JSON']);
  });

  it('skips the app folder in development, flags, and other files', () => {
    expect(filesFromArgv(['electron', '.', '--squirrel-firstrun', '--inspect=9229', 'notes.txt', 'g.json'], '/w', 2)).toEqual([resolve('/w', 'g.json')]);
  });
});
