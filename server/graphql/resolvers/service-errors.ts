// Services and the loader throw domain errors; the API shows them as NOT_FOUND / BAD_USER_INPUT
// naming the field, with the messages the API has always given.
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { notFoundError, userInputError } from '../errors';

export async function asApiErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) throw notFoundError(`There is no ${error.what} ${JSON.stringify(error.id)}.`, error.field ?? 'id');
    if (error instanceof InvalidInputError) throw userInputError(error.message, error.field);
    throw error;
  }
}
