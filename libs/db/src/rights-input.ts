/** Reads what the rights calculator needs about one work (its facts and its creators' lives) from the database. */
import type { EntityManager } from 'typeorm';
import type { RightsInput } from '@oc/domain';

export async function loadRightsInput(manager: EntityManager, workId: string, asOf: string): Promise<RightsInput | null> {
  // One round trip: it is read on every publication and every Commons push.
  const [work] = await manager.query(
    `SELECT w.anonymous, w.first_publication_year AS "firstPublicationYear", w.dating_end_year AS "datingEndYear", w.is_2d AS "is2D",
            coalesce((SELECT json_agg(json_build_object('displayName', p.display_name, 'birthDate', p.birth_date, 'deathDate', p.death_date,
                                                        'diedForFrance', p.died_for_france, 'role', wc.role) ORDER BY wc.position)
                      FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = w.id), '[]') AS creators
     FROM work w WHERE w.id = $1`,
    [workId],
  );
  if (!work) return null;
  return { ...work, asOf };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
