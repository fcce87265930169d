// The canvas viewport (zoom and pan) as the URL carries it: `vp=<zoom>,<pan x>,<pan y>`, so a link
// shows the same part of the picture. Parsing never throws: anything out of range is dropped.

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/** The canvas's zoom bounds (views/canvas.ts): a URL cannot ask for more. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
const MAX_PAN = 1e7;

export function formatViewport(viewport: Viewport): string {
  // Enough digits that a restored view is within a fraction of a pixel of the shared one.
  return [Number(viewport.zoom.toPrecision(6)), Math.round(viewport.x * 10) / 10, Math.round(viewport.y * 10) / 10].join(',');
}

export function parseViewport(text: string | null): Viewport | null {
  if (!text) return null;
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?(e-?\d+)?$/.test(p))) return null;
  const [zoom, x, y] = parts.map(Number) as [number, number, number];
  if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM) || Math.abs(x) > MAX_PAN || Math.abs(y) > MAX_PAN) return null;
  return { zoom, x, y };
}
