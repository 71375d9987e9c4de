/**
 * How lists of other resources are ordered in reference inputs. react-admin's default sort is `id`, which the
 * API refuses (unknown sort fields are a 400), so every reference input names one of these.
 */
export const MUSEUMS_BY_NAME = { field: 'name', order: 'ASC' } as const;
export const PEOPLE_BY_SORT_NAME = { field: 'sortName', order: 'ASC' } as const;
export const USERS_BY_EMAIL = { field: 'email', order: 'ASC' } as const;
