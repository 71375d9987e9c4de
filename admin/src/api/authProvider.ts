/**
 * Signs in against the API (DESIGN.md §8) and keeps its bearer token. The user's roles, read from
 * `/api/auth/me`, are react-admin's permissions; an expired or revoked token (401) signs the user out. Signing out
 * also asks the API to clear the session cookie the queue dashboard reads.
 */
import type { AuthProvider } from 'react-admin';
import type { User } from '@oc/domain';
import type { HttpClient } from './httpClient';
import type { TokenStore } from './tokenStore';

type CurrentUser = Pick<User, 'id' | 'email' | 'displayName' | 'roles'>;

interface Credentials {
  username: string;
  password: string;
}

export function createAuthProvider(apiUrl: string, tokens: TokenStore, httpClient: HttpClient): AuthProvider {
  const currentUser = async (): Promise<CurrentUser> => (await httpClient(`${apiUrl}/auth/me`)).json;

  return {
    // react-admin's login form calls the email field `username`.
    async login({ username, password }: Credentials) {
      const { json } = await httpClient(`${apiUrl}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: username, password }),
      });
      tokens.set(json.accessToken);
    },
    // The token is forgotten even when the API cannot be reached: signing out must always work here.
    async logout() {
      tokens.clear();
      await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    },
    // Without a token the login page is simply shown, with no "please sign in" notice to hide its own errors.
    async checkAuth() {
      if (!tokens.get()) throw { message: false };
    },
    // A 403 is a refusal for this action only: the user stays signed in and sees the API's message.
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        tokens.clear();
        throw error;
      }
    },
    async getIdentity() {
      const user = await currentUser();
      return { id: user.id, fullName: user.displayName };
    },
    // react-admin asks before anyone has signed in; there is nobody to ask the API about yet.
    async getPermissions() {
      return tokens.get() ? (await currentUser()).roles : [];
    },
  };
}
