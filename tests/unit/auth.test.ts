import { describe, expect, it } from 'vitest';
import { bearerTokenMatches, generateApiToken } from '../../server/graphql/auth';

describe('bearer tokens', () => {
  const token = 'a-very-secret-token-value';
  it('accepts the exact token', () => expect(bearerTokenMatches(`Bearer ${token}`, token)).toBe(true));
  it.each([null, '', token, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, 'Basic abc', `Bearer`])('rejects %s', (header) =>
    expect(bearerTokenMatches(header, token)).toBe(false),
  );
  it('generates distinct url-safe tokens of at least 32 characters', () => {
    const a = generateApiToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(generateApiToken()).not.toBe(a);
  });
});
