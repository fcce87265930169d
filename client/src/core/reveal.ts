// Where to move the viewport so that a box of the graph is fully visible: nowhere when it already
// is, the smallest pan when it fits at the current zoom, else a zoom-out that fits it, centred.
import type { Point } from './placement';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  width: number;
  height: number;
  zoom: number;
  pan: Point;
}

export interface ViewportMove {
  zoom: number;
  pan: Point;
}

/** The move that shows `box` (model coordinates) with `margin` screen pixels around it, or null. */
export function revealMove(box: Box, view: Viewport, margin: number, minZoom = 0.05): ViewportMove | null {
  const room = { w: view.width - 2 * margin, h: view.height - 2 * margin };
  if (room.w <= 0 || room.h <= 0 || !Number.isFinite(box.x1 + box.x2 + box.y1 + box.y2)) return null;
  const { zoom, pan } = view;
  /** Screen pixels to move one axis by so that [lo, hi] lies within the margins (it fits: checked below). */
  const shift = (lo: number, hi: number, offset: number, size: number) => {
    const a = lo * zoom + offset;
    const b = hi * zoom + offset;
    if (a >= margin && b <= size - margin) return 0;
    return a < margin ? margin - a : size - margin - b;
  };
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  if (w * zoom <= room.w && h * zoom <= room.h) {
    const dx = shift(box.x1, box.x2, pan.x, view.width);
    const dy = shift(box.y1, box.y2, pan.y, view.height);
    if (dx === 0 && dy === 0) return null;
    return { zoom, pan: { x: pan.x + dx, y: pan.y + dy } };
  }
  return fitMove(box, view, margin, minZoom);
}

/** Zoom and pan that centre `box` in the view with `margin` pixels around it (at most `maxZoom`). */
export function fitMove(box: Box, view: Viewport, margin: number, minZoom = 0.05, maxZoom = 4): ViewportMove {
  const room = { w: Math.max(1, view.width - 2 * margin), h: Math.max(1, view.height - 2 * margin) };
  const w = Math.max(box.x2 - box.x1, 1e-9);
  const h = Math.max(box.y2 - box.y1, 1e-9);
  const zoom = Math.max(minZoom, Math.min(maxZoom, room.w / w, room.h / h));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return { zoom, pan: { x: view.width / 2 - cx * zoom, y: view.height / 2 - cy * zoom } };
}
