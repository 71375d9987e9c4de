/**
 * Idempotent demo seed: the City of Paris museums, the creators and works named in the Open Content press kit,
 * and one demo user per role. Re-running it updates what it made and never duplicates a row.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import type { Role } from '@oc/domain';
import { hashPassword } from '../password';

interface MuseumRow { code: string; name_fr: string; name_en: string }
interface WorkRow {
  museum: string; title_fr: string; creator: string; creator_role: string; creator_birth: string; creator_death: string;
  died_for_france: string; dating: string; date_start: string; date_end: string; object_type: string; technique: string;
}

/** The demo works' inventory numbers (PP-DEMO-0001…), and the LIKE pattern that finds them all. */
export const demoInventoryNumber = (museumCode: string, n: number) => `${museumCode}-DEMO-${String(n).padStart(4, '0')}`;
export const DEMO_INVENTORY_LIKE = '%-DEMO-%';

export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; roles: Role[] }> = [
  { email: 'registrar@example.org', displayName: 'Régine Registraire', roles: ['registrar'] },
  { email: 'rights@example.org', displayName: 'Denis Droits', roles: ['rights_manager'] },
  { email: 'admin@example.org', displayName: 'Ada Admin', roles: ['admin'] },
];

function readCsv<T>(name: string): T[] {
  return parse(readFileSync(join(__dirname, 'data', name), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

/** "Claude Monet" → "Monet, Claude": good enough for the demo; registrars correct sort names by hand. */
function sortNameOf(displayName: string): string {
  const parts = displayName.split(' ');
  return parts.length < 2 ? displayName : `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}`;
}

export interface SeedResult { password: string; generatedPassword: boolean; summary: string }

export async function seedDemo(url: string, options: { password?: string } = {}): Promise<SeedResult> {
  const generatedPassword = !options.password;
  const password = options.password || randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(password);
  const museums = readCsv<MuseumRow>('museums.csv');
  const works = readCsv<WorkRow>('demo-works.csv');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const museumIds = new Map<string, string>();
    for (const m of museums) {
      const { rows } = await client.query(
        `INSERT INTO museum (code, name_fr, name_en, commons_institution) VALUES ($1, $2, $3, $2)
         ON CONFLICT (code) DO UPDATE SET name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en RETURNING id`,
        [m.code, m.name_fr, m.name_en],
      );
      museumIds.set(m.code, rows[0].id);
    }
    const personIds = new Map<string, string>();
    for (const w of works) {
      if (personIds.has(w.creator)) continue;
      const existing = await client.query('SELECT id FROM person WHERE display_name = $1', [w.creator]);
      const values = [w.creator, sortNameOf(w.creator), w.creator_birth || null, w.creator_death || null, w.died_for_france === 'yes'];
      const { rows } = existing.rowCount
        ? await client.query(
            `UPDATE person SET sort_name = $2, birth_date = $3, death_date = $4, died_for_france = $5 WHERE display_name = $1 RETURNING id`,
            values,
          )
        : await client.query(
            `INSERT INTO person (display_name, sort_name, birth_date, death_date, died_for_france) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            values,
          );
      personIds.set(w.creator, rows[0].id);
    }
    const perMuseum = new Map<string, number>();
    for (const w of works) {
      const n = (perMuseum.get(w.museum) ?? 0) + 1;
      perMuseum.set(w.museum, n);
      const inventoryNumber = demoInventoryNumber(w.museum, n);
      const { rows } = await client.query(
        `INSERT INTO work (museum_id, inventory_number, title_fr, object_type, is_2d, dating_text, dating_start_year,
                           dating_end_year, techniques, creator_names)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (museum_id, inventory_number) DO UPDATE SET title_fr = EXCLUDED.title_fr,
           object_type = EXCLUDED.object_type, is_2d = EXCLUDED.is_2d, dating_text = EXCLUDED.dating_text,
           dating_start_year = EXCLUDED.dating_start_year, dating_end_year = EXCLUDED.dating_end_year,
           techniques = EXCLUDED.techniques, creator_names = EXCLUDED.creator_names
         RETURNING id`,
        [
          museumIds.get(w.museum), inventoryNumber, w.title_fr, w.object_type || null, w.object_type !== 'sculpture',
          w.dating || null, Number(w.date_start) || null, Number(w.date_end) || null, w.technique || null, w.creator,
        ],
      );
      await client.query(
        `INSERT INTO work_creator (work_id, position, person_id, role) VALUES ($1, 0, $2, $3)
         ON CONFLICT (work_id, position) DO UPDATE SET person_id = EXCLUDED.person_id, role = EXCLUDED.role`,
        [rows[0].id, personIds.get(w.creator), w.creator_role],
      );
    }
    for (const u of DEMO_USERS) {
      await client.query(
        `INSERT INTO "user" (email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles, active = true`,
        [u.email, u.displayName, passwordHash, u.roles],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  const summary = [
    `Demo data: ${museums.length} museums, ${works.length} works.`,
    'Demo users (password ' + (generatedPassword ? `generated for this run: ${password}` : 'from DEMO_PASSWORD') + '):',
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(24)} ${u.roles.join(', ')}`),
  ].join('\n');
  return { password, generatedPassword, summary };
}
