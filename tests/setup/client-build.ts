// Global setup for e2e: the tests drive the client built in e2e mode (tests/helpers/e2e-client.ts).
import { buildE2eClient } from '../helpers/e2e-client';

export default async function setup() {
  await buildE2eClient();
}
