export * from './database';
export * from './users';
