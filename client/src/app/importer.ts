// Seed loads from the browser: runs what the import dialog asks for, and keeps the API token in
// sessionStorage (this tab only) once the server accepted it, forgetting it when it is refused.
import { GraphQLRequestError } from '../api/graphql-client';
import { importSeed } from '../api/explorer-api';
import type { ImportOutcome, ImportReport, ImportRequest } from '../core/types';

const TOKEN_KEY = 'jejaring.apiToken';

export interface ImportView {
  showOutcome(request: ImportRequest, outcome: ImportOutcome): void;
}

export class Importer {
  constructor(
    private readonly view: ImportView,
    private readonly onImported: (report: ImportReport) => void,
  ) {}

  /** The token this tab last used successfully ('' when none). */
  savedToken(): string {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  }

  async run(request: ImportRequest): Promise<void> {
    const outcome = await this.load(request);
    this.view.showOutcome(request, outcome);
    if (outcome.kind === 'report' && outcome.report.ok && !request.dryRun) this.onImported(outcome.report);
  }

  private async load({ seed, format, dryRun, token, typeFrom, defaultType }: ImportRequest): Promise<ImportOutcome> {
    try {
      const report = await importSeed(seed, format, dryRun, token, { typeFrom, defaultType });
      sessionStorage.setItem(TOKEN_KEY, token);
      return { kind: 'report', report };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        sessionStorage.removeItem(TOKEN_KEY);
        return { kind: 'refused' };
      }
      return { kind: 'failed', message: (error as Error).message };
    }
  }
}
