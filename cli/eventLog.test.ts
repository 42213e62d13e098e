import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEvent, readRecords } from '../test/tfProto.ts';
import { tempDir } from '../test/tempFiles.ts';
import { openEventLog } from './eventLog.ts';

const dir = tempDir();
afterAll(() => dir.remove());

describe('openEventLog', () => {
  it('creates the directory and an events file that TensorBoard\'s format decodes: the version, then each step', async () => {
    let t = 1700000000;
    const logdir = join(dir.path, 'runs', 'a');
    const log = await openEventLog(logdir, () => t++, 'box');
    expect(log.path).toBe(join(logdir, 'events.out.tfevents.1700000000.box'));
    await log.write(0, { scalars: { loss: 0.5 }, histograms: { W: [1, 2, 3] } });
    await log.write(20, { scalars: { loss: 0.25 } });
    await log.close();
    const events = readRecords(new Uint8Array(readFileSync(log.path))).map(decodeEvent);
    expect(events.map((e) => [e.step, e.what])).toEqual([[0, 'file_version'], [0, 'summary'], [20, 'summary']]);
    expect(events[1].summary!.value.map((v) => v.tag)).toEqual(['loss', 'W']);
    expect(events[2].summary!.value[0].simple_value).toBe(0.25);
  });

  it('refuses to reuse a file and names the directory it cannot write', async () => {
    const logdir = join(dir.path, 'twice');
    await (await openEventLog(logdir, () => 1, 'box')).close();
    await expect(openEventLog(logdir, () => 1, 'box')).rejects.toThrow(/--logdir .*twice: cannot create/);
    const file = dir.write('plain-file', 'x');
    await expect(openEventLog(join(file, 'sub'))).rejects.toThrow(/--logdir .*plain-file/);
  });
});
