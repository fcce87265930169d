import { describe, expect, it } from 'vitest';
import { CORE_TYPE_STYLES, contrastRatio, hashString, hslToHex, sizeForDegree, styleForType } from '../../client/src/core/style-for-type';

const OTHERS = ['Widget', 'Treaty', 'Company', 'Vessel', 'Law', 'Weapon', 'Ministry', 'Summit'];

describe('client style for type', () => {
  it('gives each core type its own colour and shape', () => {
    const styles = Object.keys(CORE_TYPE_STYLES).map(styleForType);
    // The article's ten types (issue 13: four greens and one shared shape made them ambiguous).
    expect(styles).toHaveLength(10);
    expect(new Set(styles.map((s) => s.color)).size).toBe(10);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(10);
    expect(styleForType('Person').shape).toBe('ellipse');
  });

  it('derives other types from a stable hash, never with a core shape', () => {
    const coreShapes = new Set(Object.values(CORE_TYPE_STYLES).map((s) => s.shape));
    for (const type of OTHERS) {
      const style = styleForType(type);
      expect(style).toEqual(styleForType(type));
      expect(coreShapes.has(style.shape)).toBe(false);
      expect(style.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(hashString('Satellite')).toBe(hashString('Satellite'));
    expect(hashString('Satellite')).not.toBe(hashString('Sanction'));
    // Kept apart from the core palette: muted, never one of its colours.
    const coreColours = new Set(Object.values(CORE_TYPE_STYLES).map((s) => s.color));
    for (const type of OTHERS) expect(coreColours.has(styleForType(type).color)).toBe(false);
  });

  it('keeps every type colour distinguishable from the white canvas (≥ 3:1) and white text readable', () => {
    for (const type of [...Object.keys(CORE_TYPE_STYLES), ...OTHERS]) {
      expect(contrastRatio(styleForType(type).color, '#ffffff'), type).toBeGreaterThanOrEqual(3);
    }
  });

  it('converts HSL and measures contrast like WCAG', () => {
    expect(hslToHex(0, 1, 0.5)).toBe('#ff0000');
    expect(hslToHex(120, 1, 0.25)).toBe('#008000');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('sizes nodes by degree, growing and capped', () => {
    expect(sizeForDegree(0)).toBe(22);
    expect(sizeForDegree(4)).toBeGreaterThan(sizeForDegree(1));
    expect(sizeForDegree(10_000)).toBe(90);
  });
});
