// The order of the server's after-change work (server/warmup/graph-upkeep.ts): the first view's
// warm-up comes after the layout job has written its positions, since those writes can make Neo4j
// plan the first view's statements again.
import { describe, expect, it } from 'vitest';
import { GraphUpkeep } from '../../server/warmup/graph-upkeep';

function parts() {
  let finishJob = () => {};
  // The job is busy until finishJob(): every idle() resolves then.
  const jobDone = new Promise<void>((resolve) => (finishJob = resolve));
  const calls: string[] = [];
  const layoutJob = {
    schedule: () => void calls.push('layout'),
    idle: () => jobDone,
    stop: () => void calls.push('layout stop'),
  };
  const warmup = { schedule: () => void calls.push('warm-up'), idle: () => Promise.resolve(), stop: () => void calls.push('warm-up stop') };
  return { layoutJob, warmup, calls, finishJob: () => finishJob() };
}

describe('GraphUpkeep', () => {
  it('warms up after a change only once the layout job is idle', async () => {
    const { layoutJob, warmup, calls, finishJob } = parts();
    const upkeep = new GraphUpkeep({ layoutJob, warmup });
    upkeep.changed();
    await Promise.resolve();
    expect(calls).toEqual(['layout']);
    finishJob();
    await upkeep.idle();
    expect(calls).toEqual(['layout', 'warm-up']);
  });

  it('warms up at once at start, and again after the layout job', async () => {
    const { layoutJob, warmup, calls, finishJob } = parts();
    const upkeep = new GraphUpkeep({ layoutJob, warmup });
    upkeep.started();
    expect(calls).toEqual(['warm-up', 'layout']);
    finishJob();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['warm-up', 'layout', 'warm-up']);
  });

  it('warms up right after a change when the layout job is off, and when Neo4j is back', () => {
    const { warmup, calls } = parts();
    const upkeep = new GraphUpkeep({ layoutJob: null, warmup });
    upkeep.changed();
    upkeep.reconnected();
    expect(calls).toEqual(['warm-up', 'warm-up']);
  });

  it('does nothing when the warm-up is off (FIRST_VIEW_WARMUP=false)', () => {
    const { layoutJob, calls } = parts();
    const upkeep = new GraphUpkeep({ layoutJob, warmup: null });
    upkeep.started();
    upkeep.reconnected();
    upkeep.stop();
    expect(calls).toEqual(['layout', 'layout stop']);
  });
});
