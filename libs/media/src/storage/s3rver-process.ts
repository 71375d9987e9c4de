/**
 * s3rver (an S3-compatible emulator in Node, not AWS) in a child process on a free port, for the S3 driver's tests.
 * A child, because s3rver signs its ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only offers through
 * its legacy provider: without `--openssl-legacy-provider` every listing longer than one page fails with a 500.
 * The child reports each request it receives (method, URL, Content-Length) so a test can see what went over the wire.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface S3rverRequest {
  method: string;
  url: string;
  contentLength: number;
}

/** s3rver's built-in account; it checks the signatures made with it. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const CHILD = `
const S3rver = require('s3rver');
const [directory, bucket] = process.argv.slice(1);
const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
server.run().then(({ port }) => {
  server.httpServer.on('request', (req) =>
    process.stdout.write(JSON.stringify({ method: req.method, url: req.url, contentLength: Number(req.headers['content-length'] || 0) }) + '\\n'));
  process.stdout.write(JSON.stringify({ port }) + '\\n');
});
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

export class S3rverProcess {
  /** Every request received since the last `clearRequests()`. */
  readonly requests: S3rverRequest[] = [];
  private constructor(
    private readonly child: ChildProcess,
    private readonly directory: string,
    readonly endpoint: string,
  ) {}

  static async start(bucket: string): Promise<S3rverProcess> {
    const directory = mkdtempSync(join(tmpdir(), 'oc-s3rver-'));
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', CHILD, directory, bucket], { cwd: __dirname, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`s3rver exited with code ${code} before listening`)));
      lines.once('line', (line) => resolve(JSON.parse(line).port));
    });
    const server = new S3rverProcess(child, directory, `http://127.0.0.1:${port}`);
    lines.on('line', (line) => server.requests.push(JSON.parse(line)));
    return server;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /**
   * Requests are reported asynchronously over a pipe: wait until the count is stable, so a test reading them right
   * after its call sees all of them.
   */
  async settledRequests(): Promise<S3rverRequest[]> {
    let seen = -1;
    while (seen !== this.requests.length) {
      seen = this.requests.length;
      await new Promise((r) => setTimeout(r, 50));
    }
    return [...this.requests];
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.directory, { recursive: true, force: true });
  }
}
