/**
 * Applies a batch of CSV rows in one transaction: rows are read and checked in memory (`read`, which the caller runs
 * while the database writes the previous batch), the batch's existing works are loaded (and locked) in one query,
 * rows whose notice would not change are skipped, and the rest are written with multi-row statements together with
 * their audit events. If the batch fails unexpectedly, it is retried in halves down to single rows, so only the
 * faulty row is rejected. A row is applied whole or not at all.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  allowsOpenContent,
  creatorKey,
  describeRowErrors,
  diffRecords,
  isPublicState,
  sameJson,
  NOTICE_DEFAULTS,
  noticeConsistencyError,
  readRow,
  type CompiledMapping,
  type CreatorRef,
  type FlatNotice,
  type NoticeKey,
  type ReportRow,
} from '@oc/domain';
import type { CsvRecord } from './csv-records';
import { NoticeStore, workKey, type Actor, type AuditRow, type ExistingWork, type PersonRow, type StoredNotice } from './notice-store';

export interface ImportContext {
  dataSource: DataSource;
  mapping: CompiledMapping;
  museums: Map<string, string>;
  actor: Actor;
  /** Shown in the audit events' comment with the row's line. */
  fileName: string;
}

/** A row as read from the file, before any database work. */
export interface ReadRecord {
  record: CsvRecord;
  values: Partial<FlatNotice>;
  errors: Record<string, string>;
  /** Undefined when the row has errors or names no known museum. */
  museumId: string | undefined;
}

/** A creator of a row: a known person, or one this batch creates. */
type ResolvedCreator = { personId: string; role: string } | { newPerson: CreatorRef; role: string };

interface ReadyRow {
  record: CsvRecord;
  values: Partial<FlatNotice>;
  museumId: string;
  creators: ResolvedCreator[] | undefined;
}

const NEW_PERSON = 'new:';

/** See ImportBatches.claim. */
export interface BatchClaim {
  works: Set<string>;
  names: Set<string>;
}

export function claimsMeet(a: BatchClaim, b: BatchClaim): boolean {
  for (const key of b.works) if (a.works.has(key)) return true;
  for (const name of b.names) if (a.names.has(name)) return true;
  return false;
}

/** The notice as the audit trail and the unchanged check see it, shaped like the API's Work. */
function auditShape(n: StoredNotice): Record<string, unknown> {
  return {
    museumId: n.museumId,
    inventoryNumber: n.inventoryNumber,
    title: { fr: n.titleFr, en: n.titleEn, es: n.titleEs },
    objectType: n.objectType,
    is2D: n.is2D,
    dating: { text: n.datingText, startYear: n.datingStartYear, endYear: n.datingEndYear },
    creators: n.creators.map((c, order) => ({ personId: c.personId, role: c.role, order })),
    anonymous: n.anonymous,
    firstPublicationYear: n.firstPublicationYear,
    techniques: n.techniques,
    dimensions: n.dimensions.map((d) => ({ part: d.part ?? null, type: d.type, value: d.value, unit: d.unit })),
    inscriptions: n.inscriptions.map((i) => ({ type: i.type, text: i.text, script: i.script ?? null })),
    description: { fr: n.descriptionFr, en: n.descriptionEn, es: n.descriptionEs },
    provenance: n.provenance,
    keywords: n.keywords,
  };
}

export class ImportBatches {
  /** People already matched or created, by creatorKey; only committed ones are kept. */
  private readonly people = new Map<string, string>();
  /** Display names of the people above, by id, for the works' searchable creator names. */
  private readonly names = new Map<string, string>();
  /** museum|inventory → line of the row that took it, so a number repeated in the file is refused. */
  private readonly taken = new Map<string, number>();
  private readonly columnOf: Partial<Record<NoticeKey, string>>;
  /** Whether the last batch that reached its transaction wrote rows: the next then goes straight to its own. */
  private writing = false;

  constructor(private readonly context: ImportContext) {
    this.columnOf = Object.fromEntries(context.mapping.cells.map((c) => [c.key, c.header]));
  }

  /**
   * What a batch may touch that another batch applied at the same time could too: its works (museum + inventory
   * number) and the names of its creators not yet matched to a person (the batch may create that person, or match
   * a namesake the other batch is creating). Two batches whose claims meet are applied one after the other, so
   * each sees the other's works and people exactly as if the whole file were applied in order.
   */
  claim(rows: ReadRecord[]): BatchClaim {
    const works = new Set<string>();
    const names = new Set<string>();
    for (const { values, museumId } of rows) {
      if (!museumId) continue;
      works.add(workKey(museumId, values.inventoryNumber as string));
      for (const creator of values.creators ?? []) {
        if (!this.people.has(creatorKey(creator))) names.add(creatorKey({ name: creator.name, birthDate: null, deathDate: null }));
      }
    }
    return { works, names };
  }

  /** Reads and checks the rows; needs no database, so it may run while the previous batch is being written. */
  read(records: CsvRecord[]): ReadRecord[] {
    return records.map((record) => {
      const { values, errors } = readRow(this.context.mapping, record.cells);
      return { record, values, errors, museumId: Object.keys(errors).length ? undefined : this.museumId(values.museum as string) };
    });
  }

  async apply(rows: ReadRecord[]): Promise<ReportRow[]> {
    try {
      return await this.applyTogether(rows);
    } catch (error) {
      if (rows.length === 1) {
        const [{ record, values }] = rows;
        return [this.rejected(record, values, ['(row)'], `the database refused the row: ${(error as Error).message}`)];
      }
      // Halving finds a faulty row in about 2·log2(n) transactions instead of n, and lands the rest in large ones.
      const half = Math.ceil(rows.length / 2);
      return [...(await this.apply(rows.slice(0, half))), ...(await this.apply(rows.slice(half)))];
    }
  }

  private async applyTogether(batch: ReadRecord[]): Promise<ReportRow[]> {
    const report = new Map<CsvRecord, ReportRow>();
    const ready: ReadyRow[] = [];
    const batchKeys = new Map<string, number>();
    for (const { record, values, errors, museumId } of batch) {
      if (Object.keys(errors).length) {
        report.set(record, this.rejected(record, values, Object.keys(errors), describeRowErrors(errors)));
        continue;
      }
      if (!museumId) {
        report.set(record, this.rejected(record, values, [this.column('museum')], `${this.column('museum')}: no museum has the code "${values.museum}"`));
        continue;
      }
      const key = workKey(museumId, values.inventoryNumber as string);
      const earlier = this.taken.get(key) ?? batchKeys.get(key);
      if (earlier !== undefined) {
        const column = this.column('inventoryNumber');
        report.set(record, this.rejected(record, values, [column], `${column}: ${values.inventoryNumber} at ${values.museum} already appears on line ${earlier} of this file`));
        continue;
      }
      batchKeys.set(key, record.line);
      ready.push({ record, values, museumId, creators: undefined });
    }
    await this.resolveCreators(ready, report);
    const rows = ready.filter((row) => !report.has(row.record));
    const keys = rows.map((r) => ({ museumId: r.museumId, inventoryNumber: r.values.inventoryNumber as string }));
    const settle = (settled: ReadyRow[]) => {
      for (const row of settled) {
        if (report.get(row.record)?.outcome !== 'rejected') this.taken.set(workKey(row.museumId, row.values.inventoryNumber as string), row.record.line);
      }
      return batch.map(({ record }) => report.get(record) as ReportRow);
    };

    // Most batches of a re-run change nothing: a plain read (no transaction, no locks) settles such a batch in one
    // round trip, its rows being unchanged as of that read. Tried while batches keep changing nothing.
    if (!this.writing) {
      const glance = new Map(report);
      const { creates, updates } = this.classify(rows, await new NoticeStore(this.context.dataSource.manager).existingWorks(keys, { lock: false }), glance);
      if (!creates.length && !updates.length) {
        for (const [record, row] of glance) report.set(record, row);
        return settle(rows);
      }
    }

    const actor = this.context.actor;
    const accepted = await this.context.dataSource.transaction(async (manager) => {
      const store = new NoticeStore(manager);
      await store.prepareBatch();
      const { creates, updates } = this.classify(rows, await store.existingWorks(keys, { lock: true }), report);
      this.writing = creates.length + updates.length > 0;

      const newPeople = await this.createPeople(store, [...creates, ...updates]);
      const comment = (row: ReadyRow) => `CSV import ${this.context.fileName}, line ${row.record.line}`;
      // The batch's new people apart from the names known so far (all the import's people: copying them per batch cost
      // more than the batch's own lookups).
      const newNames = new Map(newPeople.map((p) => [p.id, p.displayName] as const));
      const nameOf = (personId: string) => newNames.get(personId) ?? this.names.get(personId);
      const creatorNames = (row: ReadyRow, notice: StoredNotice) => (row.creators ? notice.creators.map((c) => nameOf(c.personId)).join(' ') : null);
      // New works get their ids here rather than from the insert, so their audit events (the diffs, the batch's largest
      // computation) are built while PostgreSQL inserts the works.
      const created = creates.map((c) => ({ ...c, id: randomUUID(), creatorNames: creatorNames(c.row, c.notice) }));
      const updated = updates.map((u) => ({ ...u, id: u.before.id, creatorNames: creatorNames(u.row, u.notice) }));
      let sent!: () => void;
      const worksSent = new Promise<void>((resolve) => (sent = resolve));
      const inserting = store.insertWorks(created, actor, sent);
      inserting.catch(() => undefined); // awaited once the events are built
      await Promise.race([worksSent, inserting]);
      const events: AuditRow[] = [
        ...newPeople.map((p) => ({
          action: 'import.create',
          entityType: 'person',
          entityId: p.id,
          diff: diffRecords(null, { displayName: p.displayName, sortName: p.displayName, birthDate: p.birthDate, deathDate: p.deathDate }),
          comment: `CSV import ${this.context.fileName}`,
        })),
        ...created.map((c) => ({ action: 'import.create', entityType: 'work', entityId: c.id, diff: diffRecords(null, auditShape(c.notice)), comment: comment(c.row) })),
        ...updated.map((u) => ({ action: 'import.update', entityType: 'work', entityId: u.id, diff: diffRecords(auditShape(u.before), auditShape(u.notice)), comment: comment(u.row) })),
      ];
      await inserting;
      await store.replaceChildren(created, true);
      await store.updateWorks(updated, actor);
      await store.replaceChildren(updated, false);
      await store.audit(events, actor);
      await this.requestFollowUps(store, updated.map((u) => u.before));
      for (const c of created) report.set(c.row.record, this.outcome(c.row, 'created', c.id));
      for (const u of updated) report.set(u.row.record, this.outcome(u.row, 'updated', u.id));
      return { newPeople };
    });
    for (const person of accepted.newPeople) this.remember(person);
    return settle(rows);
  }

  /** Reports the rows that are unchanged or inconsistent once merged with their stored notice; answers the others. */
  private classify(rows: ReadyRow[], stored: ExistingWork[], report: Map<CsvRecord, ReportRow>) {
    const existing = new Map(stored.map((w) => [workKey(w.museumId, w.inventoryNumber), w]));
    const creates: Array<{ row: ReadyRow; notice: StoredNotice }> = [];
    const updates: Array<{ row: ReadyRow; notice: StoredNotice; before: ExistingWork }> = [];
    for (const row of rows) {
      const before = existing.get(workKey(row.museumId, row.values.inventoryNumber as string));
      const notice = this.merge(before, row);
      const inconsistent = noticeConsistencyError(notice);
      if (inconsistent) {
        const column = this.columnOf.datingEndYear ?? this.column('datingStartYear');
        report.set(row.record, this.rejected(row.record, row.values, [column], `${column}: ${inconsistent}`));
      } else if (!before) creates.push({ row, notice });
      else if (sameJson(auditShape(before), auditShape(notice))) report.set(row.record, this.outcome(row, 'unchanged', before.id));
      else updates.push({ row, notice, before });
    }
    return { creates, updates };
  }

  /**
   * What an edit of the notice causes, as for an edit in the admin: an Open Content work's download package is
   * rebuilt (it carries the notice) and a work that is out goes again to its targets (pushed only if changed).
   */
  private async requestFollowUps(store: NoticeStore, works: ExistingWork[]): Promise<void> {
    for (const work of works) {
      if (allowsOpenContent({ status: work.standing.rightsStatus, licence: work.standing.licence })) await store.enqueue('packages.build', { workId: work.id });
    }
    // Filtered here too so a batch of works that are not out asks PostgreSQL nothing.
    await store.refreshPublications(works.filter((w) => isPublicState(w.standing.workflowState)).map((w) => w.id));
  }

  /** Matches each row's creators to people: same name and dates, or the one person of that name when no date is given. */
  private async resolveCreators(rows: ReadyRow[], report: Map<CsvRecord, ReportRow>): Promise<void> {
    const wanted = rows.flatMap((row) => row.values.creators ?? []).filter((c) => !this.people.has(creatorKey(c)));
    const byName = new Map<string, PersonRow[]>();
    const found = await new NoticeStore(this.context.dataSource.manager).peopleNamed([...new Set(wanted.map((c) => c.name.toLowerCase()))]);
    for (const person of found) {
      const name = creatorKey({ name: person.displayName, birthDate: null, deathDate: null });
      byName.set(name, [...(byName.get(name) ?? []), person]);
      this.remember(person);
    }
    for (const row of rows) {
      if (!row.values.creators) continue;
      const resolved: ResolvedCreator[] = [];
      for (const creator of row.values.creators) {
        const exact = this.people.get(creatorKey(creator));
        const sameName = creator.birthDate || creator.deathDate ? [] : (byName.get(creatorKey({ ...creator, birthDate: null, deathDate: null })) ?? []);
        if (exact) resolved.push({ personId: exact, role: creator.role });
        else if (sameName.length === 1) resolved.push({ personId: sameName[0].id, role: creator.role });
        else if (sameName.length > 1) {
          const column = this.column('creators');
          report.set(row.record, this.rejected(row.record, row.values, [column], `${column}: ${sameName.length} people are named "${creator.name}"; add life dates, e.g. ${creator.name} (${sameName[0].birthDate ?? ''}–${sameName[0].deathDate ?? ''})`));
          break;
        } else resolved.push({ newPerson: creator, role: creator.role });
      }
      row.creators = resolved;
    }
  }

  private remember(person: PersonRow): void {
    const key = creatorKey({ name: person.displayName, birthDate: person.birthDate, deathDate: person.deathDate });
    if (!this.people.has(key)) this.people.set(key, person.id);
    this.names.set(person.id, person.displayName);
  }

  /** Creates the people the written rows need (once each) and puts their ids in those rows' notices. */
  private async createPeople(store: NoticeStore, written: Array<{ notice: StoredNotice; row: ReadyRow }>): Promise<PersonRow[]> {
    const needed = new Map<string, CreatorRef>();
    for (const { row } of written) for (const c of row.creators ?? []) if ('newPerson' in c) needed.set(creatorKey(c.newPerson), c.newPerson);
    const people = await store.insertPeople([...needed.values()].map((c) => ({ displayName: c.name, birthDate: c.birthDate, deathDate: c.deathDate })), this.context.actor);
    const ids = new Map(people.map((p) => [creatorKey({ name: p.displayName, birthDate: p.birthDate, deathDate: p.deathDate }), p.id]));
    for (const { notice } of written) {
      notice.creators = notice.creators.map((c) => (c.personId.startsWith(NEW_PERSON) ? { ...c, personId: ids.get(c.personId.slice(NEW_PERSON.length)) as string } : c));
    }
    return people;
  }

  /** The stored notice (or a new one's defaults) with the file's columns laid over it. */
  private merge(before: ExistingWork | undefined, row: ReadyRow): StoredNotice {
    const { museum: _museum, creators: _creators, ...values } = row.values;
    const stored = (work: ExistingWork): StoredNotice => {
      const { id: _id, standing: _standing, ...notice } = work;
      return notice;
    };
    const base: StoredNotice = before
      ? stored(before)
      : { ...NOTICE_DEFAULTS, museumId: row.museumId, inventoryNumber: values.inventoryNumber as string, titleFr: values.titleFr as string, creators: [] };
    const notice: StoredNotice = { ...base, ...values, museumId: row.museumId };
    if (row.creators) {
      notice.creators = row.creators.map((c) => ('personId' in c ? { personId: c.personId, role: c.role } : { personId: `${NEW_PERSON}${creatorKey(c.newPerson)}`, role: c.role }));
    }
    return notice;
  }

  private museumId(code: string): string | undefined {
    const museums = this.context.museums;
    return museums.get(code) ?? museums.get(code.toUpperCase()) ?? [...museums].find(([c]) => c.toLowerCase() === code.toLowerCase())?.[1];
  }

  private column(key: NoticeKey): string {
    return this.columnOf[key] ?? key;
  }

  private outcome(row: ReadyRow, outcome: 'created' | 'updated' | 'unchanged', workId: string): ReportRow {
    return { line: row.record.line, outcome, museum: row.values.museum as string, inventoryNumber: row.values.inventoryNumber as string, workId, columns: [], reason: '' };
  }

  private rejected(record: CsvRecord, values: Partial<FlatNotice>, columns: string[], reason: string): ReportRow {
    const cell = (key: NoticeKey) => {
      const index = this.context.mapping.cells.find((c) => c.key === key)?.index;
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    return {
      line: record.line,
      outcome: 'rejected',
      museum: (values.museum as string | undefined) ?? cell('museum'),
      inventoryNumber: (values.inventoryNumber as string | undefined) ?? cell('inventoryNumber'),
      workId: null,
      columns,
      reason,
    };
  }
}
