export * from './roles';
export * from './partial-date';
export * from './notice';
export * from './data-quality';
export * from './password-policy';
export * from './diff';
export * from './rights/assess-rights';
export * from './workflow/workflow';
