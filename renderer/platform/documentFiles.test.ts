import { describe, expect, it } from 'vitest';
import { FileProblem, flowFileName, imageFileName, readLimited } from './documentFiles.ts';

describe('document file names', () => {
  it('end in .flow.json, keep a name that already does, and drop characters no file system allows', () => {
    expect(flowFileName('xor-nn')).toBe('xor-nn.flow.json');
    expect(flowFileName('mine.flow.json')).toBe('mine.flow.json');
    expect(flowFileName('data.json')).toBe('data.json');
    expect(flowFileName('a/b: c?')).toBe('a_b_ c_.flow.json');
    expect(flowFileName('  ')).toBe('Untitled.flow.json');
  });

  it('name exported images after the document, without its .flow.json', () => {
    expect(imageFileName('mine.flow.json', 'png')).toBe('mine.png');
    expect(imageFileName('data.JSON', 'svg')).toBe('data.svg');
    expect(imageFileName('xor-nn', 'png')).toBe('xor-nn.png');
    expect(imageFileName('a/b: c?', 'svg')).toBe('a_b_ c_.svg');
    expect(imageFileName('', 'png')).toBe('Untitled.png');
  });
});

describe('reading a picked file', () => {
  it('reads text, and refuses a file larger than the desktop app opens', async () => {
    await expect(readLimited(new File(['{}'], 'a.flow.json'))).resolves.toBe('{}');
    const huge = { name: 'huge.flow.json', size: 30 * 1024 * 1024, text: () => Promise.resolve('') } as unknown as File;
    await expect(readLimited(huge)).rejects.toThrow(new FileProblem('"huge.flow.json" is 30.0 MB; Flowboard opens graph files of up to 20.0 MB.'));
  });
});
