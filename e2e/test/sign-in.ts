/** Signing in through the admin's own login page, as a person would. */
import type { Stack } from './stack';

export async function signIn({ page, baseUrl }: Pick<Stack, 'page' | 'baseUrl'>, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByRole('textbox', { name: 'Courriel' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.getByRole('button', { name: 'Profil' }).waitFor();
}
