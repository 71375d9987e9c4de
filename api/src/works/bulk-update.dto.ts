import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { LICENCES, LIMITS, RIGHTS_STATUSES } from '@oc/domain';
import { MAX_PAGE_SIZE } from '../common/list-query';

function KeywordList(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(LIMITS.keywords)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(100, { each: true })(target, key);
  };
}

export class KeywordChangesDto {
  @ApiPropertyOptional({ type: [String], description: 'Added when missing' }) @KeywordList() add?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Removed when present' }) @KeywordList() remove?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Replaces every keyword (not with add or remove)' }) @KeywordList() set?: string[];
}

export class ProposedRightsDto {
  @ApiProperty({ enum: RIGHTS_STATUSES }) @IsIn(RIGHTS_STATUSES) status: string;
  @ApiProperty({ enum: LICENCES }) @IsIn(LICENCES) licence: string;
}

export class BulkChangesDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'museumId must be the id of a museum' }) museumId?: string;
  @ApiPropertyOptional({ nullable: true, description: 'null clears it' }) @ValidateIf((_, value) => value !== null && value !== undefined) @IsString() @MaxLength(100) objectType?: string | null;
  @ApiPropertyOptional({ type: KeywordChangesDto }) @IsOptional() @ValidateNested() @Type(() => KeywordChangesDto) keywords?: KeywordChangesDto;
  @ApiPropertyOptional({ type: ProposedRightsDto, description: 'Stored as a proposal for the rights manager, as a registrar’s rights input is' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedRightsDto)
  proposedRights?: ProposedRightsDto;
}

export class BulkUpdateDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_PAGE_SIZE) @IsUUID('all', { each: true }) ids: string[];
  @ApiProperty({ type: BulkChangesDto }) @IsDefined({ message: 'changes is required' }) @ValidateNested() @Type(() => BulkChangesDto) changes: BulkChangesDto;
}

export type BulkUpdateOutcome = 'updated' | 'unchanged' | 'not_found' | 'rejected';

export interface BulkUpdateResult {
  id: string;
  status: BulkUpdateOutcome;
  message?: string;
  version?: number;
}
