// requestAnimationFrame driven by hand, for client code that works a step per frame (Node has no
// frames). Call once at the top of a test file: each test starts with no frame pending.
import { afterEach, beforeEach } from 'vitest';

export interface ManualFrames {
  /** The frame callbacks not run yet. */
  pending(): (() => void)[];
  /** Runs the oldest pending frame. */
  next(): void;
  /** Runs frames until none is pending (frames asked for meanwhile too). */
  runAll(): void;
}

export function useManualFrames(): ManualFrames {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    frames = [];
    globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => frames.push(() => callback(0));
    globalThis.cancelAnimationFrame = (handle: number) => {
      frames[handle - 1] = () => undefined;
    };
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
    Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
  });
  return {
    pending: () => frames,
    next: () => frames.shift()?.(),
    runAll: () => {
      while (frames.length > 0) frames.shift()!();
    },
  };
}
