/** Small builders for notices used across API tests. */
import type { TestApi } from './harness';
import { bearer } from './harness';

export async function createMuseum(api: TestApi, code: string, nameFr = `Musée ${code}`) {
  const res = await api.http.post('/api/museums').set(bearer(api.tokens.admin)).send({ code, name: { fr: nameFr } });
  if (res.status !== 201) throw new Error(`museum: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string };
}

export async function createPerson(api: TestApi, displayName: string, extra: Record<string, unknown> = {}) {
  const res = await api.http.post('/api/people').set(bearer(api.tokens.registrar)).send({ displayName, ...extra });
  if (res.status !== 201) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; displayName: string; version: number };
}

export async function createWork(api: TestApi, body: Record<string, unknown>) {
  const res = await api.http.post('/api/works').set(bearer(api.tokens.registrar)).send(body);
  if (res.status !== 201) throw new Error(`work: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; [key: string]: unknown };
}
