/** Jest global setup for suites that use the database: migrate the template once per run. */
import { prepareTemplateDatabase } from './database';

export default async function globalSetup(): Promise<void> {
  await prepareTemplateDatabase();
}
