export * from './queues';
export * from './redis-connection';
export * from './outbox-relay';
export * from './outbox';
export * from './start-publication';
export * from './targets';
export * from './refresh-publications';
