/**
 * Works ready to publish, written straight into a test database: a museum, a creator, the notice, a ready primary
 * image with derivative rows (the files themselves are written only where a test needs them), and the
 * publication rows `startPublication` would have made. Every rights kind the programme knows is available.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { derivativesFor, type Licence, type RightsStatus } from '@oc/domain';

export interface RightsKind {
  name: string;
  status: RightsStatus | null;
  licence: Licence | null;
}

/** Every combination the database allows, CC0 only with public_domain (the API refuses the rest). */
export const RIGHTS_KINDS: RightsKind[] = [
  { name: 'CC0 public domain', status: 'public_domain', licence: 'CC0' },
  { name: 'public domain, all rights reserved', status: 'public_domain', licence: 'all_rights_reserved' },
  { name: 'in copyright', status: 'in_copyright', licence: 'all_rights_reserved' },
  { name: 'unknown rights', status: 'unknown', licence: 'all_rights_reserved' },
  { name: 'no decision', status: null, licence: null },
  { name: 'in copyright, no licence', status: 'in_copyright', licence: null },
];

export interface FixtureWork {
  id: string;
  museumId: string;
  mediaId: string;
  inventoryNumber: string;
}

export interface WorkOptions {
  rights?: RightsKind;
  state?: string;
  targets?: Array<'portal' | 'commons'>;
  title?: string;
  museumId?: string;
  is2D?: boolean;
  /** Derivative rows to create; by default every kind the rights allow. */
  derivatives?: string[];
  storageKeys?: Partial<Record<string, string>>;
  hdSize?: { width: number; height: number };
}

export async function createMuseum(dataSource: DataSource, name = 'Petit Palais', extra: { commonsInstitution?: string; categories?: string[] } = {}): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO museum (code, name_fr, name_en, commons_institution, commons_categories) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [`M${randomBytes(4).toString('hex')}`, name, `${name} (en)`, extra.commonsInstitution ?? null, extra.categories ?? []],
  );
  return id;
}

let counter = 0;

export async function createPublishingWork(dataSource: DataSource, options: WorkOptions = {}): Promise<FixtureWork> {
  const rights = options.rights ?? RIGHTS_KINDS[0];
  const museumId = options.museumId ?? (await createMuseum(dataSource));
  const n = ++counter;
  const [{ id: personId }] = await dataSource.query(
    `INSERT INTO person (display_name, sort_name, birth_date, death_date, wikidata_id, commons_creator) VALUES ($1, $1, '1840-11-14', '1926-12-05', 'Q296', 'Claude Monet') RETURNING id`,
    [`Claude Monet`],
  );
  const inventoryNumber = `PPP${n}-${randomBytes(2).toString('hex')}`;
  const [{ id }] = await dataSource.query(
    `INSERT INTO work (museum_id, inventory_number, title_fr, title_en, object_type, is_2d, dating_text, dating_start_year, dating_end_year,
                       techniques, description_fr, rights_status, licence, workflow_state, creator_names)
     VALUES ($1, $2, $3, 'Sunset on the Seine', 'peinture', $4, '1880', 1880, 1880, 'huile sur toile', 'Une vue d''hiver.', $5, $6, $7, 'Claude Monet')
     RETURNING id`,
    [museumId, inventoryNumber, options.title ?? "Soleil couchant sur la Seine à Lavacourt, effet d'hiver", options.is2D ?? true, rights.status, rights.licence, options.state ?? 'publishing'],
  );
  await dataSource.query(`INSERT INTO work_creator (work_id, position, person_id, role) VALUES ($1, 0, $2, 'auteur')`, [id, personId]);
  await dataSource.query(`INSERT INTO work_dimension (work_id, position, type, value, unit) VALUES ($1, 0, 'hauteur', 60, 'cm'), ($1, 1, 'largeur', 81, 'cm')`, [id]);
  const mediaId = randomUUID();
  await dataSource.query(
    `INSERT INTO media (id, work_id, storage_key, sha256, sha1, mime, bytes, width, height, is_primary, status)
     VALUES ($1, $2, $3, $4, $5, 'image/jpeg', 1000, 4000, 3000, true, 'ready')`,
    [mediaId, id, `media/${mediaId}/original`, randomBytes(32).toString('hex'), randomBytes(20).toString('hex')],
  );
  const kinds = options.derivatives ?? derivativesFor({ status: rights.status, licence: rights.licence });
  const size = (kind: string) => {
    if (kind === 'hd' || kind === 'tiles') return options.hdSize ?? { width: 3000, height: 2250 };
    const edge = { thumb: 256, web: 1200, web_webp: 1200, lowdef: 600 }[kind] ?? 600;
    return { width: edge, height: Math.round((edge * 3) / 4) };
  };
  for (const kind of kinds) {
    const { width, height } = size(kind);
    await dataSource.query(`INSERT INTO derivative (media_id, kind, storage_key, width, height, bytes) VALUES ($1, $2, $3, $4, $5, 100)`, [
      mediaId,
      kind,
      options.storageKeys?.[kind] ?? `media/${mediaId}/${kind}`,
      width,
      height,
    ]);
  }
  for (const target of options.targets ?? ['portal']) {
    await dataSource.query(`INSERT INTO publication (work_id, target, state) VALUES ($1, $2, 'pending')`, [id, target]);
  }
  return { id, museumId, mediaId, inventoryNumber };
}

export async function publicationOf(dataSource: DataSource, workId: string, target: 'portal' | 'commons') {
  const [row] = await dataSource.query(
    `SELECT state, external_ref AS "externalRef", external_url AS "externalUrl", content_hash AS "contentHash", attempts,
            last_error AS "lastError", note, pushed_at AS "pushedAt" FROM publication WHERE work_id = $1 AND target = $2`,
    [workId, target],
  );
  return row;
}

export async function workState(dataSource: DataSource, workId: string): Promise<string> {
  const [row] = await dataSource.query('SELECT workflow_state FROM work WHERE id = $1', [workId]);
  return row.workflow_state;
}
