import type { EntityManager } from 'typeorm';

/**
 * Recomputes the denormalised `work.creator_names` (what full text searches) for the works matched by `where`:
 * one work, the works of a person (after a rename), or a batch of works (an import). It is derived data: version
 * and updated_at stay as they are.
 */
export async function refreshCreatorNames(manager: EntityManager, where: 'work' | 'person' | 'works', id: string | readonly string[]): Promise<void> {
  const target = {
    work: 'w.id = $1',
    person: 'w.id IN (SELECT work_id FROM work_creator WHERE person_id = $1)',
    works: 'w.id = ANY($1::uuid[])',
  }[where];
  await manager.query(
    `UPDATE work w SET creator_names = coalesce((
       SELECT string_agg(p.display_name, ' ' ORDER BY wc.position)
       FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = w.id), '')
     WHERE ${target}`,
    [id],
  );
}
