// Opaque Relay cursors for `entities`: the entity id, base64url-encoded (entities are in id order).
import { userInputError } from './errors';

const PREFIX = 'entity:';

export const encodeCursor = (id: string) => Buffer.from(`${PREFIX}${id}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string, field = 'after'): string {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw userInputError(`${field} is not a cursor from this API.`, field);
  }
  return text.slice(PREFIX.length);
}
