// Runs the search box's queries: only the answer to the newest query reaches the box, so a slow
// answer to an older query never replaces a newer one.
import { searchEntities } from '../api/explorer-api';
import type { SearchResult } from '../core/types';

export interface SearchResultsView {
  showResults(query: string, results: SearchResult[]): void;
  showFailure(query: string, message: string): void;
}

export const SEARCH_LIMIT = 8;

export class SearchController {
  private sequence = 0;

  constructor(private readonly view: SearchResultsView) {}

  /** A new query; the empty query only cancels the one on its way. */
  async query(query: string): Promise<void> {
    const mine = ++this.sequence;
    if (query === '') return;
    try {
      const results = await searchEntities(query, SEARCH_LIMIT);
      if (mine === this.sequence) this.view.showResults(query, results);
    } catch (error) {
      if (mine === this.sequence) this.view.showFailure(query, `Search failed: ${(error as Error).message}`);
    }
  }
}
