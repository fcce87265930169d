// A banner when the server or Neo4j is unreachable (app/readiness.ts polls and says which).
import type { Readiness } from '../core/types';

const MESSAGES: Record<Exclude<Readiness, 'ready'>, string> = {
  'server-down': 'The Jejaring server is unreachable. Retrying…',
  'database-down': 'The database (Neo4j) is unavailable. Retrying…',
};

export class Banner {
  constructor(private readonly root: HTMLElement) {}

  render(state: Readiness): void {
    if (state === 'ready') {
      this.root.hidden = true;
      this.root.textContent = '';
    } else {
      this.root.textContent = MESSAGES[state];
      this.root.hidden = false;
    }
  }
}
