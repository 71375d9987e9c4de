/**
 * Applies an import's batches side by side, each part in its own transaction, with the outcome of applying the whole
 * file in order, and records each batch's report rows in file order.
 *
 * What a row may touch that another row could too is its claim (ImportBatches.claim: its work, and the names of its
 * creators not yet matched to a person). A batch is split as it arrives: its rows that meet no claim still pending
 * ("free") go ahead at once; the others ("held") wait as one part for the earlier parts they meet. A row meeting a
 * held row is held too, so the free rows share nothing with any row before them that is not yet applied, and the
 * order between them and those rows cannot change the outcome. Splitting matters most in a first import: every batch
 * creates people that the next batches name, and whole batches used to wait for one another.
 */
import type { ReportRow } from '@oc/domain';
import { claimsMeet, type BatchClaim, type ImportBatches, type ReadRecord } from './import-batch';

/** Parts applied at the same time (see IMPORT_CONCURRENCY in run-import.ts). */
export interface ConcurrencyLimits {
  applying: number;
  /** Parts read but not finished, applied or waiting, before `add` waits: how far the reading runs ahead. */
  unfinished: number;
}

interface Part {
  claim: BatchClaim;
  /** Applied, or given up: either way no longer to be started. */
  started: boolean;
  /** Settles once the part is applied or given up; never rejects. */
  finished: Promise<void>;
  start: () => void;
  /** Given up without being applied (an earlier part failed). */
  drop: (reason: unknown) => void;
  result: Promise<ReportRow[]>;
}

function mergeClaim(into: BatchClaim, claim: BatchClaim): void {
  for (const key of claim.works) into.works.add(key);
  for (const name of claim.names) into.names.add(name);
}

export class ConcurrentBatches {
  /** Parts not finished, in the order they were made: file order of their first rows, free part before held. */
  private readonly parts: Part[] = [];
  private recorded: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly batches: ImportBatches,
    private readonly record: (rows: ReportRow[]) => Promise<void>,
    private readonly limits: ConcurrencyLimits,
  ) {}

  async add(rows: ReadRecord[]): Promise<void> {
    while (this.parts.length >= this.limits.unfinished && !this.failure) await Promise.race(this.parts.map((p) => p.finished));
    if (this.failure) {
      await this.settleAll();
      throw this.failure;
    }
    const made = this.split(rows);
    this.parts.push(...made);
    const applied = Promise.all(made.map((p) => p.result)).then((reports) => reports.flat().sort((a, b) => a.line - b.line));
    applied.catch(() => undefined); // awaited through `recorded`
    // Recorded in file order, whichever part commits first.
    this.recorded = this.recorded.then(async () => this.record(await applied));
    this.recorded.catch(() => undefined); // awaited in finish()
    this.startReady();
  }

  /** The batch as one part when it meets nothing pending (most batches once the file's people are known), else split. */
  private split(rows: ReadRecord[]): Part[] {
    const whole = this.batches.claim(rows);
    if (!this.parts.some((part) => claimsMeet(part.claim, whole))) return [this.part(rows, whole)];
    const free: ReadRecord[] = [];
    const held: ReadRecord[] = [];
    const freeClaim: BatchClaim = { works: new Set(), names: new Set() };
    const heldClaim: BatchClaim = { works: new Set(), names: new Set() };
    for (const row of rows) {
      const claim = this.batches.claim([row]);
      if (claimsMeet(heldClaim, claim) || this.parts.some((part) => claimsMeet(part.claim, claim))) {
        held.push(row);
        mergeClaim(heldClaim, claim);
      } else {
        free.push(row);
        mergeClaim(freeClaim, claim);
      }
    }
    return [...(free.length ? [this.part(free, freeClaim)] : []), ...(held.length ? [this.part(held, heldClaim)] : [])];
  }

  async finish(): Promise<void> {
    await this.settleAll();
    if (this.failure) throw this.failure;
    await this.recorded;
  }

  private async settleAll(): Promise<void> {
    while (this.parts.length) await Promise.race(this.parts.map((p) => p.finished));
  }

  private part(rows: ReadRecord[], claim: BatchClaim): Part {
    let settle!: () => void;
    let resolve!: (result: Promise<ReportRow[]>) => void;
    const part: Part = {
      claim,
      started: false,
      finished: new Promise<void>((done) => (settle = done)),
      result: new Promise<ReportRow[]>((done) => (resolve = done)),
      start: () => {
        part.started = true;
        const applied = this.batches.apply(rows);
        resolve(applied);
        applied.then(
          () => this.finished(part, settle),
          (error) => {
            this.failure ??= error;
            this.finished(part, settle);
          },
        );
      },
      drop: (reason) => {
        if (part.started) return;
        part.started = true;
        resolve(Promise.reject(reason));
        this.finished(part, settle);
      },
    };
    part.result.catch(() => undefined); // awaited through `recorded`
    return part;
  }

  private finished(part: Part, settle: () => void): void {
    const index = this.parts.indexOf(part);
    if (index >= 0) this.parts.splice(index, 1);
    settle();
    this.startReady();
  }

  /** Starts, in order, each waiting part that meets no earlier unfinished part, while there is room. */
  private startReady(): void {
    if (this.failure) {
      for (const part of this.parts.filter((p) => !p.started)) part.drop(this.failure);
      return;
    }
    let applying = this.parts.filter((p) => p.started).length;
    for (const [index, part] of this.parts.entries()) {
      if (applying >= this.limits.applying) return;
      if (part.started) continue;
      if (this.parts.slice(0, index).some((earlier) => claimsMeet(earlier.claim, part.claim))) continue;
      part.start();
      applying++;
    }
  }
}
