export * from './csv-text';
export * from './creators-cell';
export * from './notice-fields';
export * from './column-mapping';
export * from './import-report';
export * from './file-head';
