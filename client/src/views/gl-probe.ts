// Asks the browser which WebGL renderer it would use, once per page. The unmasked name (for
// example "ANGLE (…SwiftShader…)" or "llvmpipe (LLVM 15…)") tells a GPU from a software GL.
let probed: { value: string | null } | null = null;

export function glRendererName(): string | null {
  if (probed) return probed.value;
  let value: string | null = null;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      value = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext(); // free the probe's context now
    }
  } catch {
    value = null; // no WebGL at all: the canvas renderer is the only choice
  }
  probed = { value };
  return value;
}
