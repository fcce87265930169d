// Polls the server's readiness: often while something is down, rarely while all is well. Tells the
// banner what to show, and the app when the server or Neo4j is back (to reload what failed).
import { checkReadiness } from '../api/readiness';
import type { Readiness } from '../core/types';

export const POLL_OK_MS = 5000;
export const POLL_DOWN_MS = 1500;

export class ReadinessMonitor {
  private timer: ReturnType<typeof setTimeout> | undefined;
  state: Readiness = 'ready';

  constructor(
    private readonly onChange: (state: Readiness) => void,
    private readonly onRecovered: () => void,
  ) {}

  start(): void {
    void this.check();
  }

  /** Checks now (e.g. after a failed request) instead of waiting for the next poll. */
  async check(): Promise<void> {
    clearTimeout(this.timer);
    const state = await checkReadiness();
    const wasDown = this.state !== 'ready';
    this.state = state;
    this.onChange(state);
    if (state === 'ready' && wasDown) this.onRecovered();
    this.timer = setTimeout(() => void this.check(), state === 'ready' ? POLL_OK_MS : POLL_DOWN_MS);
  }
}
