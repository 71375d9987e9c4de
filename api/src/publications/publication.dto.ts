import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PUBLICATION_STATES, PUBLICATION_TARGETS } from '@oc/domain';
import { MAX_PAGE_SIZE } from '../common/list-query';

/** Filters of GET /api/publications; a publication's id is `<workId>:<target>`. */
export class PublicationFilterDto {
  @IsOptional() @IsUUID('all', { message: 'must be the id of a work' }) workId?: string;
  @IsOptional() @IsIn(PUBLICATION_TARGETS, { message: `must be one of: ${PUBLICATION_TARGETS.join(', ')}` }) target?: string;
  @IsOptional() @IsIn(PUBLICATION_STATES, { message: `must be one of: ${PUBLICATION_STATES.join(', ')}` }) state?: string;
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : value === undefined ? value : [value]))
  @IsArray()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(portal|commons)$/i, { each: true, message: 'each id must be <workId>:<portal|commons>' })
  id?: string[];
}
