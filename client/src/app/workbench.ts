// "New from article…": owns the review's state (the draft, the undoable review steps, the picked
// sentence, the merge search) and runs what the views ask for: drafting, searching, dry run and
// import (through the Importer, with the token), and the seed download.
import { draftArticle, fetchGraphTypes } from '../api/draft-api';
import { searchEntities } from '../api/explorer-api';
import { GraphQLRequestError } from '../api/graphql-client';
import {
  applyStep,
  initialReview,
  reviewProblems,
  type ArticleDraft,
  type EntityRef,
  type Review,
  type ReviewStep,
} from '../core/draft-review';
import { reviewedSeed } from '../core/reviewed-seed';
import { canRedo, canUndo, createHistory, push, redo, undo, type History } from '../core/history';
import type { ImportOutcome, ImportRequest } from '../core/types';
import type { DraftSourceInput } from '../generated';
import { Importer } from './importer';

export interface WorkbenchModel {
  draft: ArticleDraft;
  review: Review;
  canUndo: boolean;
  canRedo: boolean;
  /** The picked sentence, or -1. */
  sentence: number;
  /** The candidate being merged and the entities its search found. */
  merge: { candidate: string; query: string; results: EntityRef[] } | null;
  entityTypes: string[];
  relationTypes: string[];
  problems: string[];
}

export interface WorkbenchView {
  showDrafting(): void;
  showDraftError(message: string): void;
  showReview(model: WorkbenchModel): void;
  showOutcome(request: ImportRequest, outcome: ImportOutcome): void;
  download(seed: unknown, filename: string): void;
}

const CORE_ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Place', 'Event', 'Document'];
const LEXICON_RELATION_TYPES = ['COMMENTS_ON', 'LEADS', 'MEETS', 'SIGNS', 'VISITS'];

export class Workbench {
  private draft: ArticleDraft | null = null;
  private history: History<Review> = createHistory<Review>({ decisions: {}, relations: [] });
  private sentence = -1;
  private merge: WorkbenchModel['merge'] = null;
  private types = { entityTypes: CORE_ENTITY_TYPES, relationTypes: LEXICON_RELATION_TYPES };
  private readonly importer: Importer;

  constructor(
    private readonly view: WorkbenchView,
    onImported: (createdEntityIds: string[]) => void,
  ) {
    this.importer = new Importer(view, (report) => onImported(report.createdEntityIds));
  }

  savedToken(): string {
    return this.importer.savedToken();
  }

  async start(text: string, source: DraftSourceInput): Promise<void> {
    this.view.showDrafting();
    try {
      const [draft, types] = await Promise.all([draftArticle(text, source), fetchGraphTypes().catch(() => null)]);
      if (types) {
        const merged = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
        this.types = {
          entityTypes: merged(CORE_ENTITY_TYPES, types.entityTypes),
          relationTypes: merged(LEXICON_RELATION_TYPES, types.relationTypes),
        };
      }
      this.draft = draft;
      this.history = createHistory(initialReview(draft));
      this.sentence = -1;
      this.merge = null;
      this.render();
    } catch (error) {
      const code = error instanceof GraphQLRequestError ? ` (${error.code})` : '';
      this.view.showDraftError(`${(error as Error).message}${code}`);
    }
  }

  step(step: ReviewStep): void {
    if (step.kind === 'decide') this.merge = null;
    this.history = push(this.history, applyStep(this.history.present, step));
    this.render();
  }

  undo(): void {
    this.history = undo(this.history);
    this.render();
  }

  redo(): void {
    this.history = redo(this.history);
    this.render();
  }

  selectSentence(index: number): void {
    this.sentence = index;
    this.render();
  }

  async searchMerge(candidate: string, query: string): Promise<void> {
    this.merge = { candidate, query, results: this.merge?.candidate === candidate ? this.merge.results : [] };
    this.render();
    const results = query.trim() ? await searchEntities(query.trim(), 8).catch(() => []) : [];
    // An answer to an older query is dropped: only the latest counts.
    if (this.merge?.candidate !== candidate || this.merge.query !== query) return;
    this.merge = { candidate, query, results: results.map((r) => ({ id: r.node.id, name: r.node.name, type: r.node.type })) };
    this.render();
  }

  cancelMerge(): void {
    this.merge = null;
    this.render();
  }

  /** Dry run or import of the reviewed seed; problems in the review stop it before any request. */
  run(dryRun: boolean, token: string): void {
    if (!this.draft) return;
    const { seed } = reviewedSeed(this.draft, this.history.present);
    void this.importer.run({ seed, format: 'JSON', dryRun, token });
  }

  download(): void {
    if (!this.draft) return;
    this.view.download(reviewedSeed(this.draft, this.history.present).seed, `${this.draft.source.id}.json`);
  }

  private render(): void {
    if (!this.draft) return;
    const review = this.history.present;
    this.view.showReview({
      draft: this.draft,
      review,
      canUndo: canUndo(this.history),
      canRedo: canRedo(this.history),
      sentence: this.sentence,
      merge: this.merge,
      ...this.types,
      problems: reviewProblems(this.draft, review),
    });
  }
}
