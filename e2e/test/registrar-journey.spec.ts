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

/** The filter the works list applies, as its address holds it (`#/works?filter={…}`). */
const listFilter = (href: string): Record<string, unknown> => JSON.parse(new URLSearchParams(new URL(href).hash.split('?')[1] ?? '').get('filter') ?? '{}');

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

  it('points out a period that ends before it starts, in the notice and in the list filters, and applies neither', async () => {
    const { page } = stack;
    await signIn(stack, 'registrar@example.org', DEMO_PASSWORD);
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && new URL(request.url()).pathname.startsWith('/api/works/')) saves.push(request.url());
    });

    await searchWorks(page, 'vollard');
    await page.getByRole('row').filter({ hasText: 'Vollard' }).first().getByText('Vollard').click();
    await page.getByLabel('Année de début').fill('1900');
    await page.getByLabel('Année de fin').fill('1899');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Ne peut pas précéder le début de la période (1900)').waitFor();
    await page.getByText("Le formulaire n'est pas valide.").waitFor();
    expect(saves).toEqual([]);

    await page.getByRole('menuitem', { name: 'Œuvres' }).click();
    await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Datée à partir de (année)' }).click();
    await page.getByLabel('Datée à partir de (année)').fill('1900');
    await page.waitForURL((url) => listFilter(url.href).dateFrom === 1900);
    await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Datée jusqu’à (année)' }).click();
    await page.getByLabel('Datée jusqu’à (année)').fill('1800');
    await page.getByText('Ne peut pas précéder le début de la période (1900)').waitFor();
    // The filters' debounce is 500 ms: past it, the invalid end has still not reached the list's address.
    await page.waitForTimeout(1_000);
    expect(listFilter(page.url())).toEqual({ q: 'vollard', dateFrom: 1900 });
    await page.getByLabel('Datée jusqu’à (année)').fill('1950');
    await page.waitForURL((url) => listFilter(url.href).dateTo === 1950);
    expect(listFilter(page.url())).toEqual({ q: 'vollard', dateFrom: 1900, dateTo: 1950 });
  });
});
