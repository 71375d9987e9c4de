import { InitialSchema1764115200000 } from './1764115200000-initial-schema';
import { Publication1764201600000 } from './1764201600000-publication';
import { Media1764288000000 } from './1764288000000-media';
import { PublicationTargets1764374400000 } from './1764374400000-publication-targets';
import { Imports1764460800000 } from './1764460800000-imports';
import { MuseumSearchIndex1764547200000 } from './1764547200000-museum-search-index';
import { DropPlainSearchIndex1764633600000 } from './1764633600000-drop-plain-search-index';
import { CoveringTitleSearchIndex1764720000000 } from './1764720000000-covering-title-search-index';
import { DatingRangeIndex1764806400000 } from './1764806400000-dating-range-index';
import { UserChangeNotify1764892800000 } from './1764892800000-user-change-notify';

export { SEARCH_ENTRY_FITS } from './1764720000000-covering-title-search-index';
export { DATING_KNOWN, WORK_DATING_RANGE } from './1764806400000-dating-range-index';
export { USER_CHANGED_CHANNEL } from './1764892800000-user-change-notify';

/** Every migration, in order; listed explicitly so bundled builds need no file globbing. */
export const MIGRATIONS = [
  InitialSchema1764115200000,
  Publication1764201600000,
  Media1764288000000,
  PublicationTargets1764374400000,
  Imports1764460800000,
  MuseumSearchIndex1764547200000,
  DropPlainSearchIndex1764633600000,
  CoveringTitleSearchIndex1764720000000,
  DatingRangeIndex1764806400000,
  UserChangeNotify1764892800000,
];
