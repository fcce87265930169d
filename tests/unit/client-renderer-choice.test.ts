import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareGl, rendererOverride } from '../../client/src/core/renderer-choice';

// Renderer strings as browsers report them (WEBGL_debug_renderer_info).
const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)';
const INTEL = 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)';
const APPLE = 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)';

describe('client renderer choice (WebGL only on a real GPU)', () => {
  it('tells software GL from a GPU by the renderer string', () => {
    for (const software of [SWIFTSHADER, LLVMPIPE, 'Microsoft Basic Render Driver', 'softpipe', 'lavapipe'])
      expect(isSoftwareGl(software), software).toBe(true);
    for (const gpu of [NVIDIA, INTEL, APPLE]) expect(isSoftwareGl(gpu), gpu).toBe(false);
  });

  it('uses WebGL for a big graph on a GPU, and canvas everywhere else', () => {
    expect(chooseRenderer({ probeGl: () => NVIDIA, big: true, override: null }).name).toBe('webgl');
    expect(chooseRenderer({ probeGl: () => NVIDIA, big: false, override: null })).toEqual({
      name: 'canvas',
      reason: 'canvas: the graph is small',
    });
    expect(chooseRenderer({ probeGl: () => SWIFTSHADER, big: true, override: null }).reason).toContain('software (ANGLE (Google');
    expect(chooseRenderer({ probeGl: () => LLVMPIPE, big: true, override: null }).name).toBe('canvas');
    expect(chooseRenderer({ probeGl: () => null, big: true, override: null }).name).toBe('canvas');
  });

  it('lets ?renderer= override the choice, except WebGL where there is none', () => {
    expect(chooseRenderer({ probeGl: () => SWIFTSHADER, big: false, override: 'webgl' }).name).toBe('webgl');
    expect(chooseRenderer({ probeGl: () => NVIDIA, big: true, override: 'canvas' }).name).toBe('canvas');
    expect(chooseRenderer({ probeGl: () => null, big: true, override: 'webgl' }).name).toBe('canvas');
    expect(rendererOverride('?limit=50&renderer=webgl')).toBe('webgl');
    expect(rendererOverride('?renderer=canvas')).toBe('canvas');
    expect(rendererOverride('?renderer=<script>')).toBeNull();
    expect(rendererOverride('')).toBeNull();
  });
});
