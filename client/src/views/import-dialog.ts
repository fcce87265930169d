// Load seed data from the browser: pick or drop files, see what format they are, run a dry run,
// then confirm. Writes need the API token; app/importer.ts runs the load and remembers the token.
import { previewText } from '../core/file-bytes';
import { detectFormat, type Detection, type PickedFile } from '../core/format-detect';
import type { ImportOutcome, ImportRequest } from '../core/types';
import { byId, clear, el } from './dom';
import { reportView } from './import-report';

export class ImportDialog {
  private readonly dialog = byId<HTMLDialogElement>('import-dialog');
  private readonly fileInput = byId<HTMLInputElement>('import-files');
  private readonly drop = byId('import-drop');
  private readonly detected = byId('import-detected');
  private readonly tokenInput = byId<HTMLInputElement>('import-token');
  private readonly result = byId('import-result');
  private readonly dryRunButton = byId<HTMLButtonElement>('import-dry-run');
  private readonly confirmButton = byId<HTMLButtonElement>('import-confirm');
  private readonly mapping = byId<HTMLFieldSetElement>('import-mapping');
  private readonly typeFrom = byId<HTMLSelectElement>('import-type-from');
  private readonly defaultType = byId<HTMLInputElement>('import-default-type');
  private detection: Detection | null = null;

  constructor(private readonly onRun: (request: ImportRequest) => void) {
    this.fileInput.addEventListener('change', () => void this.takeFiles([...(this.fileInput.files ?? [])]));
    this.drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      this.drop.classList.add('dragging');
    });
    this.drop.addEventListener('dragleave', () => this.drop.classList.remove('dragging'));
    this.drop.addEventListener('drop', (event) => {
      event.preventDefault();
      this.drop.classList.remove('dragging');
      void this.takeFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.dryRunButton.addEventListener('click', () => this.run(true));
    this.confirmButton.addEventListener('click', () => this.run(false));
    byId('import-cancel').addEventListener('click', () => this.dialog.close());
    // Another mapping is another import: check it again before importing.
    for (const input of [this.typeFrom, this.defaultType]) input.addEventListener('change', () => (this.confirmButton.disabled = true));
  }

  /** Opens the dialog with the token this tab last used. */
  open(savedToken: string): void {
    this.reset();
    this.tokenInput.value = savedToken;
    this.dialog.showModal();
  }

  private reset(): void {
    this.detection = null;
    this.fileInput.value = '';
    this.detected.textContent = 'No file chosen yet.';
    clear(this.result);
    this.dryRunButton.disabled = true;
    this.confirmButton.disabled = true;
    this.mapping.hidden = true;
  }

  /** Cytoscape files with untyped nodes: which column holds the type, and what the rest are called. */
  private showMapping(columns: readonly string[] | undefined): void {
    if (!columns) return;
    clear(this.typeFrom);
    this.typeFrom.append(el('option', { value: '' }, '(none: use the default type)'), ...columns.map((c) => el('option', { value: c }, c)));
    this.defaultType.value = 'Node';
    this.mapping.hidden = false;
  }

  async takeFiles(files: File[]): Promise<void> {
    this.reset();
    const picked: PickedFile[] = await Promise.all(
      files.map(async (f) => {
        const bytes = new Uint8Array(await f.arrayBuffer());
        return { name: f.name, text: previewText(bytes), bytes };
      }),
    );
    this.detection = detectFormat(picked);
    if (!this.detection.ok) {
      this.detected.textContent = this.detection.error;
      return;
    }
    this.detected.textContent = `${picked.map((f) => f.name).join(' + ')}: ${this.detection.summary}`;
    this.showMapping(this.detection.typeColumns);
    this.dryRunButton.disabled = false;
    if (this.token()) this.run(true);
    else
      this.result.append(el('p', { class: 'hint' }, 'Enter the API token, then “Check (dry run)”. Every write, even a dry run, needs it.'));
  }

  private token(): string {
    return this.tokenInput.value.trim();
  }

  private run(dryRun: boolean): void {
    const detection = this.detection;
    if (!detection?.ok) return;
    const token = this.token();
    if (!token) {
      this.show(el('p', { class: 'error', role: 'alert' }, 'The API token is needed to check or import a file.'));
      this.tokenInput.focus();
      return;
    }
    this.dryRunButton.disabled = this.confirmButton.disabled = true;
    this.show(el('p', { class: 'loading', role: 'status' }, dryRun ? 'Checking…' : 'Importing…'));
    const mapping = this.mapping.hidden
      ? {}
      : { typeFrom: this.typeFrom.value || undefined, defaultType: this.defaultType.value.trim() || undefined };
    this.onRun({ seed: detection.seed, format: detection.format, dryRun, token, ...mapping });
  }

  /** What the load the dialog asked for did. */
  showOutcome(request: ImportRequest, outcome: ImportOutcome): void {
    this.dryRunButton.disabled = false;
    if (outcome.kind !== 'report') {
      const refused = outcome.kind === 'refused';
      this.show(
        el(
          'p',
          { class: 'error', role: 'alert' },
          refused ? 'The API token was refused. Check it and try again.' : `Import failed: ${outcome.message}`,
        ),
      );
      return;
    }
    const { report } = outcome;
    this.show(reportView(report));
    this.confirmButton.disabled = !(report.ok && request.dryRun);
    if (!request.dryRun && report.ok) this.dialog.close();
  }

  private show(content: HTMLElement): void {
    clear(this.result);
    this.result.append(content);
  }
}
