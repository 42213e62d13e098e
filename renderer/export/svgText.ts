/** The SVG markup inside a `data:image/svg+xml` URL, as html-to-image's toSvg returns it. */
export function svgText(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/svg+xml') || comma < 0) throw new Error('The picture is not an SVG data URL.');
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  return header.endsWith(';base64') ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0))) : decodeURIComponent(body);
}
