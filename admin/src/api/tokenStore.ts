/** Where the API's bearer token lives between page loads (localStorage in the browser, any Storage in tests). */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

const KEY = 'oc.accessToken';

/** The header that carries the token, for requests made outside react-admin's fetchJson. */
export function bearerHeader(tokens: TokenStore): Record<string, string> {
  const token = tokens.get();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function createTokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore {
  return {
    get: () => storage.getItem(KEY),
    set: (token) => storage.setItem(KEY, token),
    clear: () => storage.removeItem(KEY),
  };
}
