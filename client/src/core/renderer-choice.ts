// Cytoscape's WebGL mode pays off only on a real GPU. On a software GL (SwiftShader in headless
// Chromium, Mesa's llvmpipe on a VM) it measured about 15x slower than the canvas renderer, so
// WebGL is chosen only for big graphs on hardware GL. `?renderer=canvas|webgl` overrides the
// choice, for a GPU driver that misbehaves or to compare the two.

export type RendererName = 'canvas' | 'webgl';

export interface RendererChoice {
  name: RendererName;
  /** Why, in words: kept on the canvas for tests and for people debugging a slow graph. */
  reason: string;
}

const SOFTWARE_GL = /swiftshader|llvmpipe|lavapipe|softpipe|basic render driver|software rasterizer/i;

/** True when the WebGL renderer string names a software rasterizer rather than a GPU. */
export function isSoftwareGl(glRenderer: string): boolean {
  return SOFTWARE_GL.test(glRenderer);
}

/** Reads `?renderer=` from a query string; anything but canvas or webgl is ignored. */
export function rendererOverride(search: string): RendererName | null {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : null;
}

/**
 * `probeGl` names the browser's WebGL renderer (null: no WebGL). It is called only when the answer
 * matters, so a small graph never creates a WebGL context just to be drawn on canvas.
 */
export function chooseRenderer(input: { probeGl: () => string | null; big: boolean; override: RendererName | null }): RendererChoice {
  const { probeGl, big, override } = input;
  if (override === 'canvas') return { name: 'canvas', reason: 'canvas requested (?renderer=canvas)' };
  if (!big && override !== 'webgl') return { name: 'canvas', reason: 'canvas: the graph is small' };
  const glRenderer = probeGl();
  if (glRenderer === null) return { name: 'canvas', reason: 'canvas: this browser offers no WebGL' };
  if (override === 'webgl') return { name: 'webgl', reason: `WebGL requested (?renderer=webgl) on ${glRenderer}` };
  if (isSoftwareGl(glRenderer)) return { name: 'canvas', reason: `canvas: WebGL here is software (${glRenderer})` };
  return { name: 'webgl', reason: `WebGL on the GPU (${glRenderer})` };
}
