import { describe, expect, it } from 'vitest';
import { backendRequestOf } from './backendRequest.ts';

describe('backendRequestOf', () => {
  it('reads ?backend= and ?threads=, ignoring what is not a backend or a whole number of threads', () => {
    expect(backendRequestOf('?sample=mnist-cnn&backend=webgl&threads=2')).toEqual({ backend: 'webgl', threads: 2 });
    expect(backendRequestOf('')).toEqual({});
    expect(backendRequestOf('?backend=tpu&threads=0')).toEqual({});
    expect(backendRequestOf('?threads=1.5&backend=wasm')).toEqual({ backend: 'wasm' });
  });
});
