/**
 * Issue 5's browser journey on the real stack, with both publication targets real enough to answer: the fake
 * portal (which checks every signature) and a throw-away MediaWiki 1.39. A rights manager publishes an approved CC0
 * work now, watches its Publications tab until the portal and Commons both turn green, and follows their links.
 */
import { FakePortal, LocalMediaWiki } from '@oc/testing';
import { apiSession } from './api-session';
import { signIn } from './sign-in';
import { browserAvailable, DEMO_PASSWORD, startStack, type Stack } from './stack';
import { uploadReadyImage } from './work-image';
import { searchWorks } from './works-list';

const TITLE = "Soleil couchant sur la Seine à Lavacourt, effet d'hiver";
const PORTAL_SECRET = 'e2e-portal-secret-0123456789abcdef';

const maybe = browserAvailable({ mediawiki: true }) ? describe : describe.skip;

maybe('publish journey', () => {
  let stack: Stack;
  let portal: FakePortal;
  let wiki: LocalMediaWiki;

  beforeAll(async () => {
    portal = await new FakePortal(PORTAL_SECRET).start();
    wiki = await new LocalMediaWiki().start();
    stack = await startStack('e2e_publish', {
      worker: true,
      portal: { url: portal.url, secret: PORTAL_SECRET },
      commons: { apiUrl: wiki.apiUrl, username: wiki.username, password: wiki.password },
    });
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await wiki?.stop();
    await portal?.stop();
  });

  it('publishes a CC0 work now and sees the portal and Commons turn green, with links', async () => {
    const { page } = stack;

    // The scene: the registrar gives the work its image and submits it; the rights manager decides CC0 and approves.
    const registrar = await apiSession(stack.baseUrl, 'registrar@example.org', DEMO_PASSWORD);
    const rights = await apiSession(stack.baseUrl, 'rights@example.org', DEMO_PASSWORD);
    const [found] = await registrar.request<Array<{ id: string }>>('GET', `/works?filter=${encodeURIComponent(JSON.stringify({ q: 'lavacourt' }))}`);
    const workId = found.id;
    await uploadReadyImage(registrar, workId);
    await registrar.request('POST', `/works/${workId}/workflow/submit`, {});
    const { version } = await rights.request<{ version: number }>('GET', `/works/${workId}`);
    await rights.request('PUT', `/works/${workId}/rights`, { status: 'public_domain', licence: 'CC0', creditLine: 'CC0 Paris Musées / Petit Palais', version });
    await rights.request('POST', `/works/${workId}/workflow/approve`, {});

    // In the admin: the rights manager opens the approved work and publishes it now.
    await signIn(stack, 'rights@example.org', DEMO_PASSWORD);
    await searchWorks(page, 'lavacourt');
    await page.getByRole('row').filter({ hasText: TITLE }).getByText(TITLE).click();
    await page.getByRole('link', { name: 'Afficher' }).click();
    await page.waitForURL(/#\/works\/[^/]+\/show/);
    await page.getByRole('button', { name: 'Publier maintenant' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publier maintenant' }).click();
    await page.getByText('Publication lancée').waitFor();

    // The Publications tab follows the work until both targets have it: two green chips, each with its link.
    await page.getByRole('tab', { name: 'Publications' }).click();
    const row = (target: string) => page.getByRole('row').filter({ hasText: target });
    for (const target of ['Portail', 'Wikimedia Commons']) {
      await row(target).locator('[data-state="succeeded"]').waitFor({ timeout: 90_000 });
      await expectGreen(row(target).getByText('Publiée', { exact: true }));
    }
    const portalLink = row('Portail').getByRole('link');
    expect(await portalLink.getAttribute('href')).toBe(`https://portal.example.org/oeuvres/${workId}`);
    const commonsHref = (await row('Wikimedia Commons').getByRole('link').getAttribute('href')) as string;
    expect(commonsHref.startsWith(wiki.url)).toBe(true);
    expect(decodeURIComponent(commonsHref)).toMatch(/File:Claude[ _]Monet[ _]-[ _]Soleil[ _]couchant/);

    // The work itself is published, and both links lead to the real thing.
    await page.getByRole('tab', { name: 'Notice' }).click();
    await page.getByText('Publiée', { exact: true }).first().waitFor();
    expect(portal.works.get(workId)).toMatchObject({ id: workId });
    const filePage = await fetch(commonsHref);
    expect(filePage.status).toBe(200);
    expect(await filePage.text()).toContain('Soleil couchant sur la Seine');
  });
});

/** MUI's success colour on the chip: what "turns green" means on the page. */
async function expectGreen(chip: import('playwright-core').Locator): Promise<void> {
  await chip.waitFor();
  const colour = await chip.evaluate((element) => getComputedStyle(element.closest('.MuiChip-root') as Element).backgroundColor);
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  expect(g).toBeGreaterThan(r);
  expect(g).toBeGreaterThan(b);
}
