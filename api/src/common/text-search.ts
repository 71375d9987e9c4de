/**
 * The SQL pieces of searching by text, written once: LIKE patterns with the user's `%`, `_` and `\` taken
 * literally, and the works' full-text match (accent-insensitive French, or the start of an inventory number, which
 * full text would split into pieces) shared by the admin's list, its CSV export and the public API.
 */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** `q` and `prefix` are the placeholders (`:q`, `$1`…) bound to the query text and to `inventoryPrefix(query)`. */
export function worksFullTextCondition(q: string, prefix: string): string {
  return `(${worksLexemeMatch(q)} OR ${worksInventoryPrefixMatch(prefix)})`;
}

/** The full-text half of `worksFullTextCondition`. */
export function worksLexemeMatch(q: string): string {
  return `w.search_vector @@ websearch_to_tsquery('oc_french', ${q})`;
}

/** The inventory-number half of `worksFullTextCondition`. */
export function worksInventoryPrefixMatch(prefix: string): string {
  return `lower(w.inventory_number) LIKE lower(${prefix})`;
}

export function inventoryPrefix(query: string): string {
  return `${escapeLike(query.trim())}%`;
}
