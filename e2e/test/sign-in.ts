/** Signing in and out through the admin's own pages, as a person would. */
import type { Stack } from './stack';

/** Signs in from a browser holding nothing of an earlier user: no token, no remembered list filters. */
export async function signIn({ page, baseUrl }: Pick<Stack, 'page' | 'baseUrl'>, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByRole('textbox', { name: 'Courriel' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.getByRole('button', { name: 'Profil' }).waitFor();
}

export async function signOut({ page }: Pick<Stack, 'page'>): Promise<void> {
  await page.getByRole('button', { name: 'Profil' }).click();
  await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
  await page.getByRole('button', { name: 'Connexion' }).waitFor();
}
