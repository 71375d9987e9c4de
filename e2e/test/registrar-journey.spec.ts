/**
 * Issue 2's browser journey on the real stack: a registrar signs in, finds a work by searching without accents,
 * retitles it, and sees the new title in the list and the change (old and new title) in the audit trail.
 */
import { signIn } from './sign-in';
import { browserAvailable, DEMO_PASSWORD, startStack, type Stack } from './stack';
import { searchWorks } from './works-list';

const maybe = browserAvailable() ? describe : describe.skip;

const OLD_TITLE = "Portrait d'Ambroise Vollard";
const NEW_TITLE = 'Portrait du marchand Ambroise Vollard';
const CHANGE = `${OLD_TITLE} → ${NEW_TITLE}`;

maybe('registrar journey', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('e2e_registrar');
  });
  afterAll(() => stack?.stop());

  it('finds a work without accents, retitles it, and sees the change in the list and the audit trail', async () => {
    const { page } = stack;
    await signIn(stack, 'registrar@example.org', DEMO_PASSWORD);

    await searchWorks(page, 'cezanne');
    // The accent-free query found Cézanne, and only him.
    const workRows = page.getByRole('row').filter({ has: page.getByRole('cell') });
    await workRows.filter({ hasNotText: 'Cézanne' }).first().waitFor({ state: 'detached' });
    const found = workRows.filter({ hasText: OLD_TITLE }).filter({ hasText: 'Paul Cézanne' });
    await found.getByText(OLD_TITLE).click();

    await page.getByRole('tab', { name: 'Titres et descriptions' }).click();
    const title = page.getByLabel('Titre (français)');
    expect(await title.inputValue()).toBe(OLD_TITLE);
    await title.fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await page.getByText('Élément mis à jour').waitFor();
    const retitled = page.getByRole('row').filter({ hasText: NEW_TITLE }).filter({ hasText: 'Paul Cézanne' });
    await retitled.waitFor();
    expect(await page.getByRole('row').filter({ hasText: OLD_TITLE }).count()).toBe(0);

    await retitled.getByText(NEW_TITLE).click();
    await page.getByRole('link', { name: 'Afficher' }).click();
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByRole('row').filter({ hasText: 'registrar@example.org' }).filter({ hasText: 'Titre (français)' }).filter({ hasText: CHANGE }).waitFor();

    await page.getByRole('menuitem', { name: 'Journal' }).click();
    const event = page.getByRole('row').filter({ hasText: 'registrar@example.org' }).filter({ hasText: 'update' }).first();
    await event.click();
    await page.getByText(CHANGE).waitFor();
  });
});
