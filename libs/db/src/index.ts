export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './database-admin';
export * from './password';
export * from './seed/seed-demo';
export * from './audit-writer';
export * from './rights-input';
