/** The API as one signed-in user, for the parts of a journey the admin has no screen for or that only set the scene. */
export interface ApiSession {
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  authorization: string;
}

export async function apiSession(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`${email} could not sign in: ${login.status}`);
  const authorization = `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`;
  return {
    authorization,
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const isForm = body instanceof FormData;
      const response = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers: { authorization, ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
