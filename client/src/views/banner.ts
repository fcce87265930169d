// A banner when the server or Neo4j is unreachable. It polls /readyz and clears by itself.
import { checkReadiness, type Readiness } from '../api/readiness';

export const POLL_OK_MS = 5000;
export const POLL_DOWN_MS = 1500;

const MESSAGES: Record<Exclude<Readiness, 'ready'>, string> = {
  'server-down': 'The Jejaring server is unreachable. Retrying…',
  'database-down': 'The database (Neo4j) is unavailable. Retrying…',
};

export class Banner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  state: Readiness = 'ready';

  constructor(
    private readonly root: HTMLElement,
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
    if (state === 'ready') {
      this.root.hidden = true;
      this.root.textContent = '';
      if (wasDown) this.onRecovered();
    } else {
      this.root.textContent = MESSAGES[state];
      this.root.hidden = false;
    }
    this.timer = setTimeout(() => void this.check(), state === 'ready' ? POLL_OK_MS : POLL_DOWN_MS);
  }
}
