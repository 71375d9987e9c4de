/** Reads what the rights calculator needs about one work (its facts and its creators' lives) from the database. */
import type { EntityManager } from 'typeorm';
import type { RightsInput } from '@oc/domain';

export async function loadRightsInput(manager: EntityManager, workId: string, asOf: string): Promise<RightsInput | null> {
  const [work] = await manager.query(
    `SELECT anonymous, first_publication_year AS "firstPublicationYear", dating_end_year AS "datingEndYear", is_2d AS "is2D"
     FROM work WHERE id = $1`,
    [workId],
  );
  if (!work) return null;
  const creators = await manager.query(
    `SELECT p.display_name AS "displayName", p.birth_date AS "birthDate", p.death_date AS "deathDate",
            p.died_for_france AS "diedForFrance", wc.role
     FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = $1 ORDER BY wc.position`,
    [workId],
  );
  return { ...work, creators, asOf };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
