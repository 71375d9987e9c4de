/**
 * The works export as one SELECT for `COPY … TO STDOUT (FORMAT csv)`: PostgreSQL writes each cell as the domain's
 * formatter does (`formatNotice`, libs/domain/src/import/notice-fields.ts), so Node only passes bytes along. A cell
 * that formats as '' is NULL here: COPY writes NULL as nothing but '' as `""`.
 */
import { escapeLiteral } from 'pg';
import { DEFAULT_CREATOR_ROLE, NOTICE_COLUMNS, type NoticeKey } from '@oc/domain';

/** `escapeListItem`: `\` and `;` backslashed, so the item survives being joined with `; ` (`joinList`). */
const listItem = (text: string) => `replace(replace(${text}, '\\', '\\\\'), ';', '\\;')`;
const text = (column: string) => `NULLIF(${column}, '')`;
const boolean = (column: string) => `CASE WHEN ${column} THEN 'true' ELSE 'false' END`;

/** A child table, as `formatNotice` writes one row of it (an item of its list cell). */
interface Children {
  from: string;
  work: string;
  position: string;
  item: string;
}

const CHILDREN: Record<'creators' | 'dimensions' | 'inscriptions', Children> = {
  // `formatCreator`: `Name (birth–death) [role]`, dates left out when both are missing, the default role too.
  creators: {
    from: 'work_creator c JOIN person p ON p.id = c.person_id',
    work: 'c.work_id',
    position: 'c.position',
    item: `p.display_name
      || CASE WHEN coalesce(p.birth_date, '') <> '' OR coalesce(p.death_date, '') <> ''
              THEN ' (' || coalesce(p.birth_date, '') || '–' || coalesce(p.death_date, '') || ')' ELSE '' END
      || CASE WHEN c.role = ${escapeLiteral(DEFAULT_CREATOR_ROLE)} THEN '' ELSE ' [' || c.role || ']' END`,
  },
  // The value as JavaScript writes the number: numeric(12,3) without its trailing zeros is that text for every
  // value the schema holds (at most 12 significant digits, far from the exponent forms), whatever the session's
  // extra_float_digits.
  dimensions: {
    from: 'work_dimension d',
    work: 'd.work_id',
    position: 'd.position',
    item: `CASE WHEN d.part <> '' THEN d.part || ': ' ELSE '' END || d.type || ' ' || trim_scale(d.value) || ' ' || d.unit`,
  },
  inscriptions: {
    from: 'work_inscription i',
    work: 'i.work_id',
    position: 'i.position',
    item: `i.type || CASE WHEN i.script <> '' THEN ' (' || i.script || ')' ELSE '' END || ': ' || i.text`,
  },
};

/** A list cell as `joinList` writes it, NULL rather than '' when there is nothing in it. */
const listCell = (cell: string) => `NULLIF(${cell}, '')`;

/**
 * Every work's cell of one table at once: one pass over the table in its primary key's order, aggregated per work,
 * joined by work id. string_agg takes the rows in the order the subquery gives them (an ORDER BY also keeps the
 * subquery from being merged into the outer query); `string_agg(… ORDER BY position)` would say the same, but
 * PostgreSQL 15 then sorts every group again.
 */
function wholeTable(key: string, children: Children): { join: string; cell: string } {
  return {
    join: `LEFT JOIN (
      SELECT work_id, string_agg(item, '; ') AS cell
      FROM (SELECT ${children.work} AS work_id, ${listItem(children.item)} AS item FROM ${children.from}
            ORDER BY ${children.work}, ${children.position}) ordered
      GROUP BY work_id) ${key} ON ${key}.work_id = w.id`,
    cell: listCell(`${key}.cell`),
  };
}

/** One work's cell, its rows read in position order through the child table's primary key. */
function perWork(children: Children): string {
  return listCell(`(
    SELECT string_agg(item, '; ')
    FROM (SELECT ${listItem(children.item)} AS item FROM ${children.from}
          WHERE ${children.work} = w.id ORDER BY ${children.position}) ordered)`);
}

const WORK_CELLS: Record<Exclude<NoticeKey, keyof typeof CHILDREN>, string> = {
  museum: text('m.code'),
  inventoryNumber: text('w.inventory_number'),
  titleFr: text('w.title_fr'),
  titleEn: text('w.title_en'),
  titleEs: text('w.title_es'),
  objectType: text('w.object_type'),
  is2D: boolean('w.is_2d'),
  datingText: text('w.dating_text'),
  datingStartYear: 'w.dating_start_year',
  datingEndYear: 'w.dating_end_year',
  techniques: text('w.techniques'),
  descriptionFr: text('w.description_fr'),
  descriptionEn: text('w.description_en'),
  descriptionEs: text('w.description_es'),
  provenance: text('w.provenance'),
  keywords: listCell(`(SELECT string_agg(${listItem('k')}, '; ') FROM unnest(w.keywords) k)`),
  anonymous: boolean('w.anonymous'),
  firstPublicationYear: 'w.first_publication_year',
};

/**
 * The export's rows in museum and inventory number order, NOTICE_COLUMNS' cells in its order. `selection` is a
 * SELECT of the exported works' ids, or null for every work: a whole collection's children are then read in one
 * pass per table, while a selection's are read work by work, which costs little for a few works where the pass
 * would read whole tables (see bench/README.md for the figures).
 */
export function worksExportQuery(selection: string | null): string {
  const joins: string[] = [];
  const childCells = {} as Record<keyof typeof CHILDREN, string>;
  for (const [key, children] of Object.entries(CHILDREN) as Array<[keyof typeof CHILDREN, Children]>) {
    if (selection) childCells[key] = perWork(children);
    else {
      const { join, cell } = wholeTable(key, children);
      joins.push(join);
      childCells[key] = cell;
    }
  }
  const cells: Record<NoticeKey, string> = { ...WORK_CELLS, ...childCells };
  return `SELECT ${NOTICE_COLUMNS.map((column) => cells[column.key]).join(',\n  ')}
FROM work w JOIN museum m ON m.id = w.museum_id
${joins.join('\n')}
${selection ? `WHERE w.id IN (${selection})` : ''}
ORDER BY w.museum_id, w.inventory_number`;
}
