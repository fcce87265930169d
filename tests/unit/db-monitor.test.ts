// The monitor's judgement of "down", with a pinger whose speed the test sets (the executor seam).
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DatabaseMonitor } from '../../server/db/monitor';

function slowablePinger() {
  const pinger = {
    delayMs: 0,
    serverInfo: () =>
      new Promise<{ name: string; version: string; edition: string }>((resolve) =>
        setTimeout(() => resolve({ name: 'Neo4j Kernel', version: '5.26.0', edition: 'community' }), pinger.delayMs),
      ),
  };
  return pinger;
}

describe('DatabaseMonitor', () => {
  const logger = pino({ level: 'silent' });

  it('keeps Neo4j up when a ping misses its deadline while requests are still being answered', async () => {
    const pinger = slowablePinger();
    const monitor = new DatabaseMonitor({ executor: pinger, logger, uri: 'bolt://test', probeTimeoutMs: 50 });
    expect(await monitor.check()).toBe(true);

    pinger.delayMs = 300;
    const probing = monitor.check();
    // A request's transaction gets its answer while the ping waits: Neo4j is busy, not gone.
    setTimeout(() => monitor.answered(), 10);
    expect(await probing).toBe(true);
    expect(monitor.state).toBe('up');
  });

  it('marks Neo4j down when a ping misses its deadline and nothing else is answered either', async () => {
    const pinger = slowablePinger();
    const monitor = new DatabaseMonitor({ executor: pinger, logger, uri: 'bolt://test', probeTimeoutMs: 50 });
    expect(await monitor.check()).toBe(true);

    pinger.delayMs = 300;
    expect(await monitor.check()).toBe(false);
    expect(monitor.state).toBe('down');
    expect(() => monitor.admit()).toThrow(/no answer within 50 ms/);
  });

  it('tells onBack when Neo4j answers again after it was down, not when it is first reached', async () => {
    const pinger = slowablePinger();
    let backs = 0;
    const monitor = new DatabaseMonitor({ executor: pinger, logger, uri: 'bolt://test', probeTimeoutMs: 50, onBack: () => backs++ });
    expect(await monitor.check()).toBe(true);
    expect(await monitor.check()).toBe(true);
    expect(backs).toBe(0);

    pinger.delayMs = 300;
    expect(await monitor.check()).toBe(false);
    pinger.delayMs = 0;
    // The slow ping is waited on, not repeated: the monitor sees Neo4j again once it has ended.
    await expect.poll(() => monitor.check(), { timeout: 5_000 }).toBe(true);
    expect(await monitor.check()).toBe(true);
    expect(backs).toBe(1);
  });
});
