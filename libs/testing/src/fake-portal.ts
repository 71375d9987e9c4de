/**
 * A stand-in for the museum portal: an HTTP server on a free loopback port that checks every request's signature
 * (and refuses timestamps more than 5 minutes away: replays), stores the works it is sent, records every request,
 * and fails on demand (a status and message for the next n requests, or a delay) to exercise retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyPortalSignature } from '@oc/connectors';

export interface PortalRequest {
  method: string;
  workId: string;
  body: string;
  signature: string | undefined;
  status: number;
  at: number;
}

interface Fault {
  status: number;
  message: string;
  remaining: number;
}

export class FakePortal {
  readonly works = new Map<string, any>();
  readonly requests: PortalRequest[] = [];
  private server: Server | null = null;
  private faults: Fault[] = [];
  private delayMs = 0;
  /** The portal's clock, in seconds (tests move it to check the replay window). */
  now: () => number = () => Math.floor(Date.now() / 1000);

  constructor(readonly secret: string) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The fake portal is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** The next `times` requests answer `status` with `message`. */
  failNext(status: number, message: string, times = 1): void {
    this.faults.push({ status, message, remaining: times });
  }

  /** Every request waits this long before answering (for timeouts). */
  delay(ms: number): void {
    this.delayMs = ms;
  }

  reset(): void {
    this.works.clear();
    this.requests.length = 0;
    this.faults = [];
    this.delayMs = 0;
  }

  /** Sends a raw request as an attacker or a replaying proxy would. */
  async raw(method: string, workId: string, body: string, signature: string | undefined): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}/works/${workId}`, {
      method,
      body: method === 'PUT' ? body : undefined,
      headers: { 'Content-Type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const match = /^\/works\/([^/?]+)$/.exec(req.url ?? '');
    const signature = req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined;
    const answer = (status: number, payload: unknown) => {
      this.requests.push({ method: req.method ?? '', workId: match?.[1] ?? '', body, signature, status, at: Date.now() });
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
    };
    if (this.delayMs) {
      await new Promise((r) => setTimeout(r, this.delayMs));
      // The client gave up (timeout): forget the request, so it cannot land in a later test's records.
      if (req.socket.destroyed) return;
    }
    if (!match || (req.method !== 'PUT' && req.method !== 'DELETE')) return answer(404, { message: `No route ${req.method} ${req.url}` });
    const check = verifyPortalSignature(this.secret, signature, body, this.now());
    if (!check.ok) return answer(401, { message: `Bad signature: ${check.reason}` });
    const fault = this.faults.find((f) => f.remaining > 0);
    if (fault) {
      fault.remaining--;
      return answer(fault.status, { message: fault.message });
    }
    const workId = decodeURIComponent(match[1]);
    if (req.method === 'DELETE') {
      const had = this.works.delete(workId);
      return answer(had ? 200 : 404, had ? { deleted: workId } : { message: `Work ${workId} is not on the portal` });
    }
    let notice: any;
    try {
      notice = JSON.parse(body);
    } catch {
      return answer(400, { message: 'The body is not JSON' });
    }
    if (notice?.id !== workId) return answer(422, { message: `The notice id (${notice?.id}) does not match the URL (${workId})` });
    if (!notice?.title?.fr) return answer(422, { message: 'title.fr is required' });
    const existed = this.works.has(workId);
    this.works.set(workId, notice);
    return answer(existed ? 200 : 201, { id: workId, url: `https://portal.example.org/oeuvres/${workId}` });
  }
}
