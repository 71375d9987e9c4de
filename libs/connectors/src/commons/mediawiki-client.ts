/**
 * A MediaWiki Action API client for uploading to Wikimedia Commons (DESIGN.md §9): bot-password login kept in a
 * cookie jar, the CSRF token (refreshed once on `badtoken`), `maxlag=5` on every request with the server's
 * Retry-After honoured a bounded number of times, simple and chunked uploads (through the upload stash), stash
 * commits, page edits and Wikibase `wbeditentity` for Structured Data. It never sends `ignorewarnings` unless the
 * caller has decided so for a named warning.
 */
import { PublicationRefused, TargetUnavailable } from '../errors';
import { CookieJar } from './cookie-jar';

export interface MediaWikiClientOptions {
  apiUrl: string;
  username: string;
  password: string;
  /** Seconds of replication lag above which the wiki asks bots to wait (Wikimedia asks for 5). */
  maxlag?: number;
  /** How many times a maxlag answer is waited out before the job gives up (and BullMQ retries it later). */
  maxlagRetries?: number;
  /** Longest single wait, whatever Retry-After says. */
  maxWaitMs?: number;
  timeoutMs?: number;
  userAgent?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export class MediaWikiError extends Error {
  constructor(readonly code: string, readonly info: string) {
    super(`MediaWiki error ${code}: ${info}`);
    this.name = 'MediaWikiError';
  }
}

export interface ImageInfo {
  name: string;
  title: string;
  sha1: string;
  url: string;
  descriptionurl: string;
  user?: string;
  size?: number;
}

export type UploadAnswer =
  | { result: 'Success'; filename: string; imageinfo: ImageInfo; filekey?: string }
  | { result: 'Warning'; warnings: Record<string, unknown>; filekey?: string; filename?: string };

export interface SiteLimits {
  maxUploadSize: number;
  minUploadChunkSize: number;
}

type Params = Record<string, string | number | boolean | undefined>;

const SESSION_LOST = new Set(['assertuserfailed', 'assertbotfailed', 'notloggedin', 'badtoken-session']);

export class MediaWikiClient {
  private readonly jar = new CookieJar();
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private csrfToken: string | null = null;
  private loggingIn: Promise<void> | null = null;
  private limits: SiteLimits | null = null;
  /** Requests sent, for tests and the benchmark. */
  requests = 0;

  constructor(private readonly options: MediaWikiClientOptions) {
    this.fetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** The account name the wiki records uploads under (`Admin` for the bot password `Admin@uploader`). */
  get accountName(): string {
    return this.options.username.split('@')[0];
  }

  async login(): Promise<void> {
    this.loggingIn ??= this.doLogin().finally(() => (this.loggingIn = null));
    return this.loggingIn;
  }

  async siteLimits(): Promise<SiteLimits> {
    if (this.limits) return this.limits;
    const answer = await this.call({ action: 'query', meta: 'siteinfo', siprop: 'general' }, 'GET', false);
    const general = answer.query.general;
    this.limits = { maxUploadSize: Number(general.maxuploadsize ?? 4 * 1024 ** 3), minUploadChunkSize: Number(general.minuploadchunksize ?? 1024) };
    return this.limits;
  }

  /** Files whose content has this SHA-1 (hex), whatever their names. */
  async findBySha1(sha1: string): Promise<ImageInfo[]> {
    const answer = await this.call({ action: 'query', list: 'allimages', aisha1: sha1, aiprop: 'sha1|url|user|size', ailimit: 10 }, 'GET');
    return (answer.query?.allimages ?? []).map((i: any) => ({ ...i, name: i.name, title: i.title ?? `File:${i.name}` }));
  }

  /** The current version of a file, or null when there is no such file. */
  async fileInfo(title: string): Promise<(ImageInfo & { pageid: number }) | null> {
    const answer = await this.call({ action: 'query', titles: title, prop: 'imageinfo|info', iiprop: 'sha1|url|user|size' }, 'GET');
    const page = answer.query?.pages?.[0];
    if (!page || page.missing || !page.imageinfo?.length) return null;
    return { ...page.imageinfo[0], name: page.title.replace(/^File:/, ''), title: page.title, pageid: page.pageid };
  }

  async pageText(title: string): Promise<string | null> {
    const answer = await this.call({ action: 'query', titles: title, prop: 'revisions', rvprop: 'content', rvslots: 'main' }, 'GET');
    return answer.query?.pages?.[0]?.revisions?.[0]?.slots?.main?.content ?? null;
  }

  /** Uploads a file in one request (multipart). */
  async upload(filename: string, bytes: Buffer, text: string, comment: string, ignoreWarnings = false): Promise<UploadAnswer> {
    const answer = await this.call(
      { action: 'upload', filename, text, comment, ...(ignoreWarnings ? { ignorewarnings: 1 } : {}) },
      'POST',
      true,
      { name: 'file', bytes, filename },
    );
    return answer.upload;
  }

  /**
   * Uploads a large file in chunks into the upload stash (each chunk answers `Continue` with the next offset, the
   * last one `Success` with a new filekey), then commits the stashed file under `filename` with its description.
   */
  async uploadChunked(
    filename: string,
    bytes: Buffer,
    text: string,
    comment: string,
    chunkBytes: number,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<UploadAnswer> {
    const limits = await this.siteLimits();
    if (bytes.length > limits.maxUploadSize) throw new PublicationRefused(`The file is ${bytes.length} bytes; the wiki accepts at most ${limits.maxUploadSize}`);
    const size = Math.max(chunkBytes, limits.minUploadChunkSize);
    let offset = 0;
    let filekey: string | undefined;
    while (offset < bytes.length) {
      const chunk = bytes.subarray(offset, Math.min(offset + size, bytes.length));
      const answer = await this.call(
        { action: 'upload', stash: 1, filename, filesize: bytes.length, offset, ...(filekey ? { filekey } : {}) },
        'POST',
        true,
        { name: 'chunk', bytes: chunk, filename: 'chunk.bin' },
      );
      const upload = answer.upload;
      if (upload.result === 'Warning') return upload;
      filekey = upload.filekey;
      if (upload.result === 'Continue') offset = Number(upload.offset);
      else if (upload.result === 'Success') offset = bytes.length;
      else throw new TargetUnavailable(`Chunked upload of ${filename}: unexpected answer ${JSON.stringify(upload).slice(0, 300)}`);
      onProgress?.(offset, bytes.length);
    }
    return this.commitStashed(filename, filekey as string, text, comment);
  }

  /** Publishes a stashed file (after a chunked upload, or a warning) under a name of our choosing. */
  async commitStashed(filename: string, filekey: string, text: string, comment: string, ignoreWarnings = false): Promise<UploadAnswer> {
    const answer = await this.call({ action: 'upload', filename, filekey, text, comment, ...(ignoreWarnings ? { ignorewarnings: 1 } : {}) }, 'POST', true);
    return answer.upload;
  }

  /** Edits an existing page (or, with `create`, makes a new one). */
  async editPage(title: string, text: string, summary: string, create = false): Promise<{ nochange: boolean; newrevid?: number }> {
    const answer = await this.call({ action: 'edit', title, text, summary, bot: 1, ...(create ? { createonly: 1 } : { nocreate: 1 }) }, 'POST', true);
    if (answer.edit?.result !== 'Success') throw new TargetUnavailable(`Editing ${title}: ${JSON.stringify(answer.edit).slice(0, 300)}`);
    return { nochange: !!answer.edit.nochange, newrevid: answer.edit.newrevid };
  }

  async categories(title: string): Promise<string[]> {
    const answer = await this.call({ action: 'query', titles: title, prop: 'categories', cllimit: 'max' }, 'GET');
    return (answer.query?.pages?.[0]?.categories ?? []).map((c: { title: string }) => c.title);
  }

  /** Wikibase: adds statements to a MediaInfo entity (`M<page id>`) on Commons. */
  async editEntity(id: string, data: unknown, summary: string): Promise<any> {
    return this.call({ action: 'wbeditentity', id, data: JSON.stringify(data), summary, bot: 1 }, 'POST', true);
  }

  private async doLogin(): Promise<void> {
    this.jar.clear();
    this.csrfToken = null;
    const tokens = await this.call({ action: 'query', meta: 'tokens', type: 'login' }, 'GET', false);
    const answer = await this.call(
      { action: 'login', lgname: this.options.username, lgpassword: this.options.password, lgtoken: tokens.query.tokens.logintoken },
      'POST',
      false,
    );
    if (answer.login?.result !== 'Success') {
      throw new PublicationRefused(`Commons login as ${this.options.username} failed: ${answer.login?.reason ?? answer.login?.result ?? 'no answer'}`);
    }
  }

  private async token(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const answer = await this.call({ action: 'query', meta: 'tokens', type: 'csrf' }, 'GET');
    this.csrfToken = answer.query.tokens.csrftoken as string;
    return this.csrfToken;
  }

  /**
   * One API call with the house rules: logged in (assert=user) unless `authenticated` is false, maxlag, a token for
   * writes. Session loss re-logs in once, `badtoken` refreshes the token once, maxlag waits and retries (bounded).
   */
  private async call(params: Params, method: 'GET' | 'POST', authenticated = true, file?: { name: string; bytes: Buffer; filename: string }): Promise<any> {
    if (authenticated && !this.jar.header()) await this.login();
    let relogged = false;
    let retokened = false;
    let lagged = 0;
    for (;;) {
      const full: Params = { ...params, format: 'json', formatversion: 2, maxlag: this.options.maxlag ?? 5, ...(authenticated ? { assert: 'user' } : {}) };
      if (method === 'POST' && authenticated) full.token = await this.token();
      const { answer, retryAfter } = await this.send(full, method, file);
      const code: string | undefined = answer.error?.code;
      if (!code) return answer;
      if (code === 'maxlag') {
        if (++lagged > (this.options.maxlagRetries ?? 3)) {
          throw new TargetUnavailable(`The wiki is lagged (${answer.error.info}); gave up after ${lagged - 1} waits, the job will retry later`);
        }
        await this.sleep(Math.min((retryAfter ?? 5) * 1000, this.options.maxWaitMs ?? 60_000));
        continue;
      }
      if (code === 'badtoken' && !retokened) {
        retokened = true;
        this.csrfToken = null;
        continue;
      }
      if (authenticated && SESSION_LOST.has(code) && !relogged) {
        relogged = true;
        this.jar.clear();
        await this.login();
        continue;
      }
      if (/^(ratelimited|readonly|internal_api_error|backend-fail|stashfailed|chunk-too-small)/.test(code)) {
        throw new TargetUnavailable(`MediaWiki error ${code}: ${answer.error.info}`);
      }
      throw new MediaWikiError(code, answer.error.info ?? '');
    }
  }

  private async send(params: Params, method: 'GET' | 'POST', file?: { name: string; bytes: Buffer; filename: string }): Promise<{ answer: any; retryAfter: number | null }> {
    this.requests++;
    const entries = Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)] as [string, string]);
    const headers: Record<string, string> = { 'User-Agent': this.options.userAgent ?? 'OpenContentBackOffice/0.1 (museum Open Content programme)' };
    const cookie = this.jar.header();
    if (cookie) headers.Cookie = cookie;
    let url = this.options.apiUrl;
    let body: FormData | URLSearchParams | undefined;
    if (method === 'GET') url += `?${new URLSearchParams(entries)}`;
    else if (file) {
      const form = new FormData();
      // The token goes last: MediaWiki reads it after the other fields, and a cut-off body then lacks it.
      for (const [k, v] of entries.filter(([k]) => k !== 'token')) form.append(k, v);
      form.append(file.name, new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.filename);
      const token = entries.find(([k]) => k === 'token');
      if (token) form.append('token', token[1]);
      body = form;
    } else {
      body = new URLSearchParams([...entries.filter(([k]) => k !== 'token'), ...entries.filter(([k]) => k === 'token')]);
    }
    let response: Response;
    try {
      response = await this.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000) });
    } catch (error) {
      throw new TargetUnavailable(`MediaWiki ${params.action} at ${this.options.apiUrl}: ${(error as Error).message}`);
    }
    this.jar.store(response.headers);
    const retryAfter = response.headers.get('retry-after');
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      throw new TargetUnavailable(`MediaWiki answered ${response.status} to ${params.action}`);
    }
    const text = await response.text();
    try {
      return { answer: JSON.parse(text), retryAfter: retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null };
    } catch {
      throw new TargetUnavailable(`MediaWiki answered ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
    }
  }
}
