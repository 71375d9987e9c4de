/**
 * Issue 3's browser journey on the real stack: a registrar proposes the rights of a work and submits it; a rights
 * manager finds it in the review queue, reads the assessment and its reasons, records the decision, is told what
 * approval still lacks (an image), approves once the work's image is rendered, schedules it, and sees it in the calendar.
 */
import { apiSession } from './api-session';
import { signIn, signOut } from './sign-in';
import { browserAvailable, DEMO_PASSWORD, startStack, type Stack } from './stack';
import { uploadReadyImage } from './work-image';
import { searchWorks } from './works-list';

const maybe = browserAvailable() ? describe : describe.skip;

const TITLE = "Soleil couchant sur la Seine à Lavacourt, effet d'hiver";

maybe('review journey', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('e2e_review', { worker: true });
  });
  afterAll(() => stack?.stop());

  it('takes a work from submission to the publication calendar', async () => {
    const { page } = stack;
    const choose = async (field: string, option: string) => {
      await page.getByRole('combobox', { name: field }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };

    // The registrar proposes the rights and submits the work.
    await signIn(stack, 'registrar@example.org', DEMO_PASSWORD);
    await searchWorks(page, 'lavacourt');
    await page.getByRole('row').filter({ hasText: TITLE }).getByText(TITLE).click();
    await page.getByRole('link', { name: 'Afficher' }).click();
    // The edit page has a rights tab too: be on the show page before choosing one.
    await page.waitForURL(/#\/works\/[^/]+\/show/);
    const workId = /#\/works\/([^/]+)\/show/.exec(page.url())?.[1] as string;
    await page.getByRole('tab', { name: 'Droits' }).click();
    await choose('Statut juridique', 'Domaine public');
    await choose('Licence', 'CC0');
    await page.getByRole('textbox', { name: 'Mention de crédit' }).fill('CC0 Paris Musées / Petit Palais');
    await page.getByRole('button', { name: 'Proposer' }).click();
    await page.getByText('Proposition enregistrée').waitFor();
    await page.getByText('Proposée par registrar@example.org').waitFor();
    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByText('Œuvre soumise à relecture').waitFor();
    await signOut(stack);

    // The rights manager finds it in the review queue and reads the assessment.
    await signIn(stack, 'rights@example.org', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'À relire' }).click();
    const queued = page.getByRole('row').filter({ hasText: TITLE });
    await queued.waitFor();
    await queued.getByText(TITLE).click();
    await page.getByRole('tab', { name: 'Droits' }).click();
    await page.getByText('Domaine public en France le 1 janvier 1997').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Claude Monet' }).filter({ hasText: 'L123-1' }).waitFor();
    await page.getByText('Proposée par registrar@example.org').waitFor();

    // The decision starts from the proposal; approval is refused with everything it still lacks.
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Décision enregistrée', { exact: true }).first().waitFor();
    await page.getByText(/^Décidée le /).waitFor();
    await page.getByRole('button', { name: 'Approuver' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'L’œuvre ne peut pas encore être approuvée' });
    await refusal.getByText('Aucune image principale.').waitFor();
    await refusal.getByRole('button', { name: 'Close' }).click();

    // Once the registrar's image is rendered, the approval goes through; the work is scheduled for the 15th of next month.
    await uploadReadyImage(await apiSession(stack.baseUrl, 'registrar@example.org', DEMO_PASSWORD), workId);
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText('Œuvre approuvée').waitFor();
    const now = new Date();
    const publishAt = new Date(now.getFullYear(), now.getMonth() + 1, 15, 10, 0);
    const pickerValue = `${publishAt.getFullYear()}-${String(publishAt.getMonth() + 1).padStart(2, '0')}-15T10:00`;
    await page.getByRole('button', { name: 'Programmer' }).click();
    await page.getByLabel('Date et heure de publication').fill(pickerValue);
    await page.getByRole('dialog').getByRole('button', { name: 'Programmer' }).click();
    await page.getByText('Publication programmée').waitFor();

    // The calendar shows it on its day.
    await page.getByRole('menuitem', { name: 'Calendrier' }).click();
    await page.getByRole('button', { name: 'Mois suivant' }).click();
    const day = page.getByRole('region', { name: new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(publishAt) });
    await day.getByRole('link', { name: `10:00 ${TITLE}` }).waitFor();
  });
  it('approves and rejects in bulk, with a result for each work', async () => {
    const { page } = stack;
    const registrar = await apiSession(stack.baseUrl, 'registrar@example.org', DEMO_PASSWORD);
    const titles = ["Portrait d'Ambroise Vollard", 'Personnages dans un intérieur. La musique'];
    for (const title of titles) {
      const [work] = await registrar.request<{ id: string }[]>('GET', `/works?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`);
      await registrar.request('POST', `/works/${work.id}/workflow/submit`, {});
    }

    await signIn(stack, 'rights@example.org', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'À relire' }).click();
    const select = async () => {
      for (const title of titles) await page.getByRole('row').filter({ hasText: title }).getByRole('checkbox').check();
    };

    // Neither work is ready for approval: each is refused on its own, with the API's reason.
    await select();
    await page.getByRole('button', { name: 'Approuver' }).click();
    const results = page.getByRole('dialog').filter({ hasText: '0 sur 2 traitées' });
    for (const title of titles) await results.getByRole('listitem').filter({ hasText: title }).filter({ hasText: '409' }).filter({ hasText: 'No primary image' }).waitFor();
    await results.getByRole('button', { name: 'Fermer' }).click();

    // Both go back to their registrar with one comment, and leave the queue.
    await select();
    await page.getByRole('button', { name: 'Refuser' }).click();
    await page.getByRole('textbox', { name: 'Commentaire' }).fill('Dates à vérifier avant publication');
    await page.getByRole('dialog').getByRole('button', { name: 'Refuser' }).click();
    const rejected = page.getByRole('dialog').filter({ hasText: '2 sur 2 traitées' });
    for (const title of titles) await rejected.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'Brouillon' }).waitFor();
    await rejected.getByRole('button', { name: 'Fermer' }).click();
    for (const title of titles) await page.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' });
  });
});
