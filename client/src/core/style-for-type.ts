// Colour and shape per entity type: fixed for the core types, derived from a hash of the name for
// the others (stable across sessions and machines). Node size grows with degree.
// Core colours come from the Okabe–Ito and Paul Tol colour-blind-safe palettes, chosen so that every
// pair stays apart under simulated protan, deutan and tritan vision, and each has ≥ 3:1 contrast on
// white; each core type also has its own shape, so colour is never the only cue.

export interface TypeStyle {
  color: string;
  shape: string;
  /** Text colour readable on `color`. */
  textOnColor: string;
}

export const CORE_TYPE_STYLES: Record<string, TypeStyle> = {
  Person: { color: '#0072b2', shape: 'ellipse', textOnColor: '#ffffff' },
  Country: { color: '#ee3377', shape: 'round-rectangle', textOnColor: '#ffffff' },
  Organization: { color: '#1a6e3a', shape: 'round-hexagon', textOnColor: '#ffffff' },
  Place: { color: '#8c6d00', shape: 'round-triangle', textOnColor: '#ffffff' },
  Event: { color: '#882255', shape: 'round-diamond', textOnColor: '#ffffff' },
  Document: { color: '#000000', shape: 'round-tag', textOnColor: '#ffffff' },
  Project: { color: '#999933', shape: 'round-pentagon', textOnColor: '#ffffff' },
  Sanction: { color: '#004488', shape: 'round-octagon', textOnColor: '#ffffff' },
  Satellite: { color: '#6699cc', shape: 'star', textOnColor: '#ffffff' },
  Initiative: { color: '#cc79a7', shape: 'rhomboid', textOnColor: '#ffffff' },
};

// Shapes not used by the core types (nor drawn alike in the legend's swatches), so that a generated
// type never looks like a core one.
const OTHER_SHAPES = ['barrel', 'round-heptagon', 'right-rhomboid', 'cut-rectangle', 'bottom-round-rectangle', 'vee'];

/** FNV-1a: small, stable, good enough spread for a handful of type names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** HSL → #rrggbb. */
export function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

export function styleForType(type: string): TypeStyle {
  const core = CORE_TYPE_STYLES[type];
  if (core) return core;
  const hash = hashString(type);
  // Muted (low saturation) so that generated types read apart from the vivid core palette; the
  // mid-dark lightness keeps ≥ 3:1 on the white canvas for every hue.
  const color = hslToHex(hash % 360, 0.22, 0.4);
  return { color, shape: OTHER_SHAPES[(hash >>> 9) % OTHER_SHAPES.length] ?? 'round-pentagon', textOnColor: '#ffffff' };
}

/** Node diameter in pixels: 22 for an isolated entity, growing with the square root of degree. */
export function sizeForDegree(degree: number): number {
  return Math.round(Math.min(90, 22 + 9 * Math.sqrt(Math.max(0, degree))));
}

/** WCAG relative luminance contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** True for the types with a fixed style (the legend lists the others apart). */
export const isCoreType = (type: string): boolean => Object.hasOwn(CORE_TYPE_STYLES, type);
