export * from './database';
export * from './users';
export * from './images';
export * from './redis-server';
export * from './fake-portal';
export * from './mediawiki';
export * from './iiif';
