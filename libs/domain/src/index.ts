export * from './roles';
export * from './partial-date';
export * from './notice';
export * from './data-quality';
