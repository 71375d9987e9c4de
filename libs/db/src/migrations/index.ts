import { InitialSchema1764115200000 } from './1764115200000-initial-schema';

/** Every migration, in order; listed explicitly so bundled builds need no file globbing. */
export const MIGRATIONS = [InitialSchema1764115200000];
