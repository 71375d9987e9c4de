export * from './file-name';
export * from './wikitext';
export * from './file-description';
export * from './structured-data';
