/** The works list filtered as given, as react-admin reads its filters from the URL. */
export const worksListUrl = (filter: Record<string, string>) => `/works?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
