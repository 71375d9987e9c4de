/**
 * The total a list reports in `Content-Range`, without counting every match of a large result: exact up to a
 * limit, PostgreSQL's own estimate beyond it. Counting 20,000 full-text matches exactly visits a heap row per match
 * (~40 ms of PostgreSQL per page on 300,000 works, more than the page itself); admins page through the first few
 * pages of such results, where "about 17,600" serves as well as "19,751".
 */
import { LRUCache } from 'lru-cache';
import type { EntityManager } from 'typeorm';

/** A statement selecting one row per match, unordered, and its parameters. */
export interface Matches {
  sql: string;
  params: unknown[];
}

export interface ListTotal {
  value: number;
  exact: boolean;
}

/** The `matches` are counted up to `exactUpTo`; above that, the planner's row estimate is taken. */
export async function listTotal(manager: EntityManager, matches: Matches, exactUpTo: number): Promise<ListTotal> {
  // Planned apart from the LIMIT (a CTE is planned as if read to the end, and read only as far as needed): with the
  // LIMIT in sight the planner may pick a sequential scan that stops after so many matches, and reads the whole
  // table when it overestimated them.
  const [{ n }] = await manager.query(
    `WITH matches AS MATERIALIZED (${matches.sql}) SELECT count(*)::int AS n FROM (SELECT 1 FROM matches LIMIT ${exactUpTo + 1}) capped`,
    matches.params,
  );
  return n <= exactUpTo ? { value: n, exact: true } : estimateTotal(manager, matches, exactUpTo + 1);
}

/**
 * Planner estimates by statement and parameters. An estimate moves only when the table's statistics are refreshed
 * (ANALYZE, autovacuum), and paging through a list asks for the same one on every page: kept for a minute, it costs
 * a round trip to PostgreSQL once per search instead of once per page.
 */
const estimates = new LRUCache<string, number>({ max: 1000, ttl: 60_000 });

/** PostgreSQL's estimate of the `matches`, raised to `atLeast` (what is known to exist). */
export async function estimateTotal(manager: EntityManager, matches: Matches, atLeast: number): Promise<ListTotal> {
  const key = `${matches.sql}\u0000${JSON.stringify(matches.params)}`;
  let rows = estimates.get(key);
  if (rows === undefined) {
    const [{ 'QUERY PLAN': plan }] = await manager.query(`EXPLAIN (FORMAT JSON) ${matches.sql}`, matches.params);
    rows = Math.round(Number(plan[0].Plan['Plan Rows']));
    estimates.set(key, rows);
  }
  return { value: Math.max(rows, atLeast), exact: false };
}

/**
 * An estimated total corrected by what a page has shown: a short page is the end, so the total becomes exact; a
 * full page reaching past the estimate may have more behind it, so the admin can still page on.
 */
export function settleTotal(total: ListTotal, offset: number, limit: number, rows: number): number {
  if (total.exact || rows === 0) return total.value;
  if (rows < limit) return offset + rows;
  return Math.max(total.value, offset + rows + 1);
}
