// Entity.statements (issue 13): what a person or organization said, through GraphQL and a real
// Neo4j; and search putting name hits before description hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleTestApp } from '../helpers/load-seed';
import type { TestApp } from '../helpers/test-app';

interface Statement {
  type: string;
  from: { id: string; name: string };
  to: { id: string };
  properties: { status?: string; claimedBy?: string };
  evidence: { quote: string | null; source: { id: string; publisher: string | null } }[];
}

const STATEMENTS = `query($id: ID!, $limit: Int) {
  entity(id: $id) { statements(limit: $limit) { type from { id name } to { id } properties evidence { quote source { id publisher } } } }
}`;

describe('Entity.statements and search order', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createArticleTestApp();
  });
  afterAll(() => t.close());

  async function statements(id: string, limit?: number): Promise<Statement[]> {
    const body = await t.graphql<{ entity: { statements: Statement[] } }>(STATEMENTS, { id, limit });
    expect(body.errors).toBeUndefined();
    return body.data?.entity.statements ?? [];
  }

  it("returns Leif-Eric Easley's seven assessments with their quotes and sources, by subject", async () => {
    const said = await statements('leif-eric-easley');
    expect(said).toHaveLength(7);
    for (const statement of said) {
      expect(statement.properties).toMatchObject({ status: 'assessed', claimedBy: 'leif-eric-easley' });
      expect(statement.evidence.length).toBeGreaterThan(0);
      expect(statement.evidence[0]?.source.publisher).toBe('Konteks.co.id');
    }
    expect(said.map((s) => `${s.from.id} ${s.type} ${s.to.id}`)).toContain('north-korea SUPPLIES_ARMS_FOR russian-invasion-of-ukraine');
    // Ordered by subject name: what each statement is about comes together.
    const subjects = said.map((s) => s.from.name);
    expect(subjects).toEqual([...subjects].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const destabilizes = said.filter((s) => s.type === 'DESTABILIZES').flatMap((s) => s.evidence.map((e) => e.quote ?? ''));
    expect(destabilizes.some((quote) => quote.includes('mengganggu stabilitas Semenanjung Korea'))).toBe(true);
  });

  it('is empty for an entity that said nothing, and honours the limit', async () => {
    expect(await statements('seoul')).toEqual([]);
    const two = await statements('vladimir-putin', 2);
    expect(two).toHaveLength(2);
    expect(two.every((s) => s.properties.claimedBy === 'vladimir-putin')).toBe(true);
    const all = await statements('vladimir-putin');
    expect(all).toHaveLength(7);
    expect(two).toEqual(all.slice(0, 2));
  });

  it('answers for many entities in one request, each with its own statements', async () => {
    const body = await t.graphql<Record<string, { statements: { from: { id: string } }[] }>>(`{
      a: entity(id: "leif-eric-easley") { statements { from { id } } }
      b: entity(id: "sang-jung-byun") { statements { from { id } } }
      c: entity(id: "north-korea") { statements { from { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.a?.statements).toHaveLength(7);
    expect(body.data?.b?.statements).toHaveLength(5);
    expect(body.data?.c?.statements).toEqual([]);
  });

  it('rejects a limit below 1 with a clear error', async () => {
    const body = await t.graphql(STATEMENTS, { id: 'leif-eric-easley', limit: 0 });
    expect(body.errors?.[0]?.message).toMatch(/limit/);
  });

  it('search puts Leif-Eric Easley first and the four description-only hits after', async () => {
    const body = await t.graphql<{ search: { matched: string | null; entity: { id: string } }[] }>(
      `{ search(query: "Easley") { matched entity { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    const hits = body.data?.search ?? [];
    expect(hits[0]).toEqual({ matched: 'Easley', entity: { id: 'leif-eric-easley' } });
    expect(hits.slice(1).map((h) => h.matched)).toEqual([null, null, null, null]);
  });
});
