/** Searching the works list the way a user does: from the menu, waiting for the list to be fetched for that search. */
import type { Page } from 'playwright-core';

export async function searchWorks(page: Page, query: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Œuvres' }).click();
  // The search box is debounced; clicking a row before its request would let the late search navigate back.
  const searched = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/works' && (url.searchParams.get('filter') ?? '').includes(JSON.stringify(query));
  });
  await page.getByPlaceholder('Rechercher').fill(query);
  await searched;
}
