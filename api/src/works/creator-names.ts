import type { EntityManager } from 'typeorm';

/**
 * Recomputes the denormalised `work.creator_names` (what full text searches) for the works matched by `where`,
 * e.g. after a person is renamed. It is derived data: version and updated_at stay as they are.
 */
export async function refreshCreatorNames(manager: EntityManager, where: 'work' | 'person', id: string): Promise<void> {
  const target = where === 'work' ? 'w.id = $1' : 'w.id IN (SELECT work_id FROM work_creator WHERE person_id = $1)';
  await manager.query(
    `UPDATE work w SET creator_names = coalesce((
       SELECT string_agg(p.display_name, ' ' ORDER BY wc.position)
       FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = w.id), '')
     WHERE ${target}`,
    [id],
  );
}
