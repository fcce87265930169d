// A seed with one hub and many leaves, from its own source: for capped expansion and source filters.
export const HUB_SOURCE = 'test-2024-01-01-hub';

export function hubSeed(leaves = 40) {
  return {
    version: 1,
    sources: [{ id: HUB_SOURCE, title: 'Hub test source', publisher: 'Test Wire', publishedAt: '2024-01-01', url: 'https://example.org/hub' }],
    entities: [
      { id: 'test-hub', type: 'Organization', name: 'Test Hub Alliance' },
      ...Array.from({ length: leaves }, (_, i) => ({ id: `hub-member-${i + 1}`, type: 'Person', name: `Hub Member ${String(i + 1).padStart(2, '0')}` })),
    ],
    relations: Array.from({ length: leaves }, (_, i) => ({
      type: 'MEMBER_OF',
      from: `hub-member-${i + 1}`,
      to: 'test-hub',
      evidence: [{ source: HUB_SOURCE, quote: `Member ${i + 1} joined the alliance.` }],
    })),
  };
}
