// server/jobs/debounced-job.ts: what the layout job and the warm-up share. A burst of schedule()
// calls makes one run; calls during a run make exactly one more run after it; stop() ends it all.
import { describe, expect, it } from 'vitest';
import { DebouncedJob } from '../../server/jobs/debounced-job';

/** Each run waits until the test lets it finish; reports are its run number, or null to fail. */
class GatedJob extends DebouncedJob<number> {
  started = 0;
  private release: (() => void)[] = [];
  constructor(private readonly fail = false) {
    super(5);
  }
  finish(): void {
    this.release.shift()?.();
  }
  protected async runOnce(): Promise<number | null> {
    this.started += 1;
    const n = this.started;
    await new Promise<void>((resolve) => this.release.push(resolve));
    return this.fail ? null : n;
  }
}

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 2_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
};

describe('DebouncedJob', () => {
  it('runs once for a burst of schedule() calls', async () => {
    const job = new GatedJob();
    for (let i = 0; i < 5; i++) job.schedule();
    expect(job.pending).toBe(true);
    await until(() => job.started === 1);
    job.finish();
    await job.idle();
    expect({ started: job.started, runs: job.runs, last: job.last }).toEqual({ started: 1, runs: 1, last: 1 });
  });

  it('makes exactly one more run for the calls that came during a run', async () => {
    const job = new GatedJob();
    job.schedule();
    await until(() => job.started === 1);
    job.schedule();
    await until(() => !job.pending);
    job.schedule();
    await until(() => !job.pending);
    job.finish();
    await until(() => job.started === 2);
    job.finish();
    await job.idle();
    expect({ started: job.started, runs: job.runs, last: job.last }).toEqual({ started: 2, runs: 2, last: 2 });
  });

  it('counts only runs that gave a report', async () => {
    const job = new GatedJob(true);
    const run = job.run();
    job.finish();
    expect(await run).toBeNull();
    expect({ started: job.started, runs: job.runs, last: job.last }).toEqual({ started: 1, runs: 0, last: null });
  });

  it('runs nothing once stopped, neither a pending change nor run()', async () => {
    const job = new GatedJob();
    job.schedule();
    job.stop();
    expect(job.pending).toBe(false);
    expect(await job.run()).toBeNull();
    job.schedule();
    expect(job.pending).toBe(false);
    expect(job.started).toBe(0);
  });
});
