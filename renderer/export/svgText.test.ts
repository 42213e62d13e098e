import { describe, expect, it } from 'vitest';
import { svgText } from './svgText.ts';

describe('SVG text from a data URL', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>W · x</text></svg>';

  it('decodes the URL-encoded form html-to-image produces', () => {
    expect(svgText(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)).toBe(svg);
  });

  it('decodes a base64 form as UTF-8', () => {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(svg)));
    expect(svgText(`data:image/svg+xml;base64,${base64}`)).toBe(svg);
  });

  it('refuses anything else', () => {
    expect(() => svgText('data:image/png;base64,AAAA')).toThrow(/not an SVG/);
  });
});
