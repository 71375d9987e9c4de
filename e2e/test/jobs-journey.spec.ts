/**
 * Issue 6's Jobs page journey on the real stack (API, worker, Redis): an admin pauses the image queue and uploads an
 * image on a work; its original then goes missing from storage, so once the queue resumes the worker's rendering
 * fails for real. The admin finds the failed job on the dashboard and the Jobs page, with its error and its work; the
 * file is put back, the admin retries the job from the page, and it succeeds: the image is ready.
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { photo } from '@oc/testing';
import { apiSession } from './api-session';
import { signIn } from './sign-in';
import { browserAvailable, DEMO_PASSWORD, startStack, type Stack } from './stack';
import { searchWorks } from './works-list';

const maybe = browserAvailable() ? describe : describe.skip;

const TITLE = "Soleil couchant sur la Seine à Lavacourt, effet d'hiver";
const MISSING = 'The original file is missing from storage; upload it again';

/** The Jobs page's row of one queue, in its table of counts. */
const queueRow = (page: Page, name: string): Locator => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

const chooseState = async (page: Page, state: string) => {
  await page.getByRole('combobox', { name: 'État' }).click();
  await page.getByRole('option', { name: state, exact: true }).click();
};

maybe('jobs journey', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('e2e_jobs', { worker: true });
  });
  afterAll(() => stack?.stop());

  it('shows a job that failed for real, and retries it once its cause is fixed', async () => {
    const { page } = stack;
    await signIn(stack, 'admin@example.org', DEMO_PASSWORD);

    // The image queue is paused, so the upload below waits for rendering.
    await page.getByRole('menuitem', { name: 'Tâches' }).click();
    await queueRow(page, 'media').getByRole('button', { name: 'Suspendre' }).click();
    await queueRow(page, 'media').getByText('en pause').waitFor();

    // An image is dropped on the work (the file picker of the drop zone).
    await searchWorks(page, 'lavacourt');
    await page.getByRole('row').filter({ hasText: TITLE }).getByText(TITLE).click();
    await page.getByRole('link', { name: 'Afficher' }).click();
    await page.getByRole('tab', { name: 'Images' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choisir des fichiers' }).click();
    await (await chooser).setFiles({ name: 'lavacourt.jpg', mimeType: 'image/jpeg', buffer: await photo(1600, 1200) });
    await page.getByText('En attente', { exact: true }).waitFor();

    // Its original goes missing from storage before the worker gets to it.
    const workId = /#\/works\/([^/]+)\/show/.exec(page.url())?.[1] as string;
    const api = await apiSession(stack.baseUrl, 'admin@example.org', DEMO_PASSWORD);
    const [image] = await api.request<Array<{ id: string }>>('GET', `/media?filter=${encodeURIComponent(JSON.stringify({ workId }))}`);
    const original = join(stack.mediaFolder, 'media', image.id, 'original');
    await rename(original, `${original}.lost`);

    // The queue resumes; the rendering fails, and the dashboard says so.
    await page.getByRole('menuitem', { name: 'Tâches' }).click();
    await queueRow(page, 'media').getByRole('button', { name: 'Reprendre' }).click();
    await page.getByText('File reprise').waitFor();
    const failedRow = page.getByRole('row').filter({ hasText: 'media.render' }).filter({ hasText: MISSING });
    await failedRow.waitFor();
    await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
    const failedCard = page.getByRole('region', { name: 'Tâches en échec' });
    await failedCard.getByText('1', { exact: true }).waitFor();

    // From there to the Jobs page: the failed job with its error, its attempt and its work.
    await failedCard.getByRole('link', { name: 'Voir les tâches' }).click();
    await failedRow.getByRole('link', { name: `${TITLE} (PP-DEMO-0001)` }).waitFor();
    await failedRow.getByRole('cell', { name: '1', exact: true }).waitFor();

    // The file is back; the admin retries the job from the page and it succeeds.
    await rename(`${original}.lost`, original);
    await failedRow.getByRole('button', { name: 'Relancer' }).click();
    await page.getByText('Tâche relancée').waitFor();
    await failedRow.waitFor({ state: 'detached' });
    await chooseState(page, 'Terminées');
    await page.getByRole('row').filter({ hasText: 'media.render' }).getByRole('link', { name: `${TITLE} (PP-DEMO-0001)` }).waitFor();

    // The work's image is ready, and shown.
    await page.getByRole('row').filter({ hasText: 'media.render' }).getByRole('link', { name: `${TITLE} (PP-DEMO-0001)` }).click();
    await page.getByRole('tab', { name: 'Images' }).click();
    await page.getByText('Prête', { exact: true }).waitFor();
    await page.locator('img[src^="blob:"]').waitFor();
  });
});
