/** The filesystem driver against the shared MediaStorage contract, in a temporary folder. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemStorage } from './filesystem-storage';
import { describeStorageContract, failingBody } from './media-storage.contract';

describeStorageContract(
  'filesystem',
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'oc-storage-'));
    return { storage: new FilesystemStorage(root), teardown: async () => rmSync(root, { recursive: true, force: true }) };
  },
  { largeObjectBytes: 12 * 2 ** 20 },
);

describe('FilesystemStorage specifics', () => {
  it('leaves no temporary file behind when a write fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'oc-storage-'));
    try {
      const storage = new FilesystemStorage(root);
      await expect(storage.write('media/a/original', failingBody(1000), 'image/jpeg')).rejects.toThrow();
      expect(readdirSync(join(root, 'media/a'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
