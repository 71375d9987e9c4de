/** Run by `npm start` after the demo seed: a generated picture for each demo work without an image (demo-images.ts). */
import 'reflect-metadata';
import { createDataSource, DEFAULT_DATABASE_URL } from '@oc/db';
import { createStorage } from '@oc/media';
import { loadMediaWorkerConfig } from './media.config';
import { seedDemoImages } from './demo-images';

async function main(): Promise<void> {
  const storage = createStorage(loadMediaWorkerConfig().STORAGE_URL);
  const dataSource = await createDataSource(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL).initialize();
  try {
    const added = await seedDemoImages(dataSource, storage);
    if (added) console.log(`${added} demo picture(s) generated; the worker renders their derivatives.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
