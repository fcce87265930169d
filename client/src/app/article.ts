// The Article view's state: which source is open and its fetched text, mentions and quotes. The
// graph's selection is the app store's; the view follows it (lights up and scrolls to it).
import { fetchArticle } from '../api/article-api';
import type { ArticleQuote } from '../core/article-text';
import type { ArticleView, ArticleViewState } from '../views/article-view';
import type { Store } from './store';

export class ArticleController {
  private state: ArticleViewState = { status: 'closed' };
  /** Bumped by every open/close, so that a late answer for an older request is dropped. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly view: ArticleView,
  ) {
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) this.view.highlight(state.selection, true);
    });
  }

  /** The source shown (or being loaded); null when the view is closed. */
  openSource(): string | null {
    const s = this.state;
    return s.status === 'closed' ? null : s.status === 'loaded' ? s.data.source.id : s.sourceId;
  }

  quote(index: number): ArticleQuote | undefined {
    return this.state.status === 'loaded' ? this.state.data.quotes[index] : undefined;
  }

  async open(sourceId: string): Promise<void> {
    const generation = ++this.generation;
    this.set({ status: 'loading', sourceId });
    let next: ArticleViewState;
    try {
      const data = await fetchArticle(sourceId);
      next = data ? { status: 'loaded', data } : { status: 'failed', sourceId, message: `there is no source "${sourceId}"` };
    } catch (error) {
      next = { status: 'failed', sourceId, message: (error as Error).message };
    }
    if (generation !== this.generation) return;
    this.set(next);
    this.view.highlight(this.store.get().selection, true);
  }

  close(): void {
    this.generation++;
    this.set({ status: 'closed' });
  }

  /** After an import: the open article's quotes and mentions may have changed. */
  async reload(): Promise<void> {
    const id = this.openSource();
    if (id) await this.open(id);
  }

  private set(state: ArticleViewState): void {
    this.state = state;
    this.view.render(state);
  }
}
