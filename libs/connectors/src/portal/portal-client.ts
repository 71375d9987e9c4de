/**
 * HTTP client of the museum portal (DESIGN.md §9): `PUT {PORTAL_URL}/works/{id}` with the notice and `DELETE` on
 * withdrawal, each signed. 4xx answers become PublicationRefused with the portal's own message; 5xx answers,
 * timeouts and network errors become TargetUnavailable, for the job to retry.
 */
import { PublicationRefused, TargetUnavailable } from '../errors';
import { SIGNATURE_HEADER, signPortalBody } from './portal-signature';

export interface PortalClientOptions {
  baseUrl: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface PortalPutResult {
  status: number;
  /** The work's page on the portal, when the portal says so. */
  url: string | null;
  id: string | null;
}

async function portalMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 2000);
  try {
    const body = JSON.parse(text);
    const message = body?.message ?? body?.error ?? text;
    return Array.isArray(message) ? message.join('; ') : String(message);
  } catch {
    return text || response.statusText;
  }
}

export class PortalClient {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: PortalClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  async putWork(workId: string, body: string): Promise<PortalPutResult> {
    const response = await this.send('PUT', workId, body);
    const answer = await response.json().catch(() => ({}));
    return { status: response.status, url: typeof answer?.url === 'string' ? answer.url : null, id: answer?.id != null ? String(answer.id) : null };
  }

  /** Idempotent: a work the portal does not have (404) counts as removed. */
  async deleteWork(workId: string): Promise<'deleted' | 'absent'> {
    const response = await this.send('DELETE', workId, '', [404]);
    await response.body?.cancel();
    return response.status === 404 ? 'absent' : 'deleted';
  }

  private async send(method: 'PUT' | 'DELETE', workId: string, body: string, accepted: number[] = []): Promise<Response> {
    const url = `${this.baseUrl}/works/${encodeURIComponent(workId)}`;
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        body: method === 'PUT' ? body : undefined,
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signPortalBody(this.options.secret, body) },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs ?? 15_000} ms` : (error as Error).message;
      throw new TargetUnavailable(`Portal ${method} ${url}: ${reason}`);
    }
    if (response.ok || accepted.includes(response.status)) return response;
    const message = await portalMessage(response);
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
      throw new PublicationRefused(`The portal refused the work (${response.status}): ${message}`, response.status);
    }
    throw new TargetUnavailable(`The portal is unavailable (${response.status}): ${message}`, response.status);
  }
}
