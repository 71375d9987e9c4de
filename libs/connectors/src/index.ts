export * from './canonical-json';
export * from './errors';
export * from './publication-rows';
export * from './notice/public-notice';
export * from './notice/load-notice';
export * from './portal/portal-signature';
export * from './portal/portal-client';
export * from './portal/push-to-portal';
