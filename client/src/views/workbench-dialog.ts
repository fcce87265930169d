// "New from article…": the dialog's input step (paste or drop a .txt/.md file, the source's fields),
// its review step (workbench-review.ts draws it) and its check-and-import part. Draws and emits
// intents; app/workbench.ts holds the state.
import type { WorkbenchModel, WorkbenchView } from '../app/workbench';
import type { ReviewStep } from '../core/draft-review';
import type { ImportOutcome, ImportRequest } from '../core/types';
import type { DraftSourceInput } from '../generated';
import { byId, clear, downloadBlob, el } from './dom';
import { reportView } from './import-report';
import { renderReview } from './workbench-review';

export interface WorkbenchIntents {
  draft(text: string, source: DraftSourceInput): void;
  step(step: ReviewStep): void;
  undo(): void;
  redo(): void;
  selectSentence(index: number): void;
  searchMerge(candidate: string, query: string): void;
  cancelMerge(): void;
  run(dryRun: boolean, token: string): void;
  download(): void;
}

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;

export class WorkbenchDialog implements WorkbenchView {
  private readonly dialog = byId<HTMLDialogElement>('workbench-dialog');
  private readonly form = byId<HTMLFormElement>('wb-input');
  private readonly text = byId<HTMLTextAreaElement>('wb-text');
  private readonly status = byId('wb-input-status');
  private readonly reviewSection = byId('wb-review');
  private readonly body = byId('wb-review-body');
  private readonly token = byId<HTMLInputElement>('wb-token');
  private readonly result = byId('wb-import-result');
  private readonly importButton = byId<HTMLButtonElement>('wb-import');
  private intents: WorkbenchIntents | null = null;
  private blocked = false;
  /** A dropped file's text as decoded: the text box would hand it back with CR LF as LF. */
  private fileText: string | null = null;

  constructor() {
    const drop = byId('wb-drop');
    const file = byId<HTMLInputElement>('wb-file');
    file.addEventListener('change', () => void this.takeFile(file.files?.[0]));
    drop.addEventListener('dragover', (event) => (event.preventDefault(), drop.classList.add('dragging')));
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('dragging');
      void this.takeFile(event.dataTransfer?.files[0]);
    });
    // Typing in the box makes its own value the article again.
    this.text.addEventListener('input', () => (this.fileText = null));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.intents?.draft(this.fileText ?? this.text.value, this.sourceInput());
    });
    byId('wb-dry-run').addEventListener('click', () => this.run(true));
    this.importButton.addEventListener('click', () => this.run(false));
    byId('wb-download').addEventListener('click', () => this.intents?.download());
    byId('wb-close').addEventListener('click', () => this.dialog.close());
    // Ctrl+Z / Ctrl+Shift+Z undo review steps; in a text field the browser's own text undo applies.
    this.dialog.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || this.reviewSection.hidden) return;
      if (target.tagName === 'TEXTAREA' || (target instanceof HTMLInputElement && target.type !== 'checkbox')) return;
      event.preventDefault();
      if (event.shiftKey) this.intents?.redo();
      else this.intents?.undo();
    });
  }

  connect(intents: WorkbenchIntents): void {
    this.intents = intents;
  }

  open(savedToken: string): void {
    this.form.hidden = false;
    this.reviewSection.hidden = true;
    this.status.textContent = '';
    clear(this.result);
    this.token.value = savedToken;
    this.dialog.showModal();
    this.text.focus();
  }

  private async takeFile(file: File | undefined): Promise<void> {
    if (!file) return;
    if (!ARTICLE_FILE.test(file.name)) {
      this.showDraftError(`${file.name}: not a .txt or .md file.`);
      return;
    }
    try {
      this.fileText = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
      this.text.value = this.fileText;
      this.status.textContent = `${file.name}: ${this.fileText.length.toLocaleString('en')} characters.`;
    } catch {
      this.showDraftError(`${file.name}: not UTF-8 text; save the article as UTF-8.`);
    }
  }

  private sourceInput(): DraftSourceInput {
    const value = (id: string) => byId<HTMLInputElement>(id).value.trim() || null;
    return {
      // Empty: the server derives `<publisher>-<date>-<title words>` (schema/draft.graphql).
      id: value('wb-source-id'),
      title: value('wb-title'),
      url: value('wb-url'),
      publisher: value('wb-publisher'),
      publishedAt: value('wb-date'),
      language: byId<HTMLSelectElement>('wb-language').value,
    };
  }

  showDrafting(): void {
    this.status.textContent = 'Drafting…';
  }

  showDraftError(message: string): void {
    this.status.textContent = '';
    this.status.append(el('span', { class: 'error', role: 'alert' }, message));
  }

  showReview(model: WorkbenchModel): void {
    if (!this.intents) return;
    const firstShow = this.reviewSection.hidden;
    this.form.hidden = true;
    this.reviewSection.hidden = false;
    this.blocked = model.problems.length > 0;
    const focused = (document.activeElement as HTMLElement | null)?.dataset.key;
    clear(this.body);
    this.body.append(renderReview(model, this.intents));
    // The review is drawn again after every step: keep the keyboard where it was.
    const again = focused ? this.body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`) : null;
    if (model.merge && focused === `merge-${model.merge.candidate}`)
      this.body.querySelector<HTMLElement>(`[data-key="${CSS.escape(`merge-search-${model.merge.candidate}`)}"]`)?.focus();
    else if (again) again.focus();
    else if (firstShow) this.body.querySelector<HTMLElement>('h3')?.focus();
    // Another review is another import: check it again first.
    this.importButton.disabled = true;
  }

  private run(dryRun: boolean): void {
    const token = this.token.value.trim();
    clear(this.result);
    if (this.blocked) {
      this.result.append(el('p', { class: 'error', role: 'alert' }, 'Resolve the problems listed above first.'));
      return;
    }
    if (!token) {
      this.result.append(el('p', { class: 'error', role: 'alert' }, 'The API token is needed to check or import.'));
      this.token.focus();
      return;
    }
    this.result.append(el('p', { class: 'loading', role: 'status' }, dryRun ? 'Checking…' : 'Importing…'));
    this.intents?.run(dryRun, token);
  }

  showOutcome(request: ImportRequest, outcome: ImportOutcome): void {
    clear(this.result);
    if (outcome.kind !== 'report') {
      const message =
        outcome.kind === 'refused' ? 'The API token was refused. Check it and try again.' : `Import failed: ${outcome.message}`;
      this.result.append(el('p', { class: 'error', role: 'alert' }, message));
      return;
    }
    this.result.append(reportView(outcome.report));
    this.importButton.disabled = !(outcome.report.ok && request.dryRun);
    if (!request.dryRun && outcome.report.ok) this.dialog.close();
  }

  download(seed: unknown, filename: string): void {
    downloadBlob(new Blob([`${JSON.stringify(seed, null, 2)}\n`], { type: 'application/json' }), filename);
  }
}
