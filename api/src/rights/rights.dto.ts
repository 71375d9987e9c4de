import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LICENCES, LIMITS, RIGHTS_STATUSES, type Licence, type RightsStatus } from '@oc/domain';
import { EmptyToNull } from '../common/multilingual.dto';
import { IsPartialDate } from '../common/partial-date.validator';

export class RightsDecisionDto {
  @ApiProperty({ enum: RIGHTS_STATUSES }) @IsIn(RIGHTS_STATUSES, { message: `status must be one of: ${RIGHTS_STATUSES.join(', ')}` }) status: RightsStatus;
  @ApiProperty({ enum: LICENCES }) @IsIn(LICENCES, { message: `licence must be one of: ${LICENCES.join(', ')}` }) licence: Licence;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.shortText * 4) overrideReason?: string | null;
  @ApiPropertyOptional({ example: 'CC0 Paris Musées / Petit Palais' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.shortText) creditLine?: string | null;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.shortText * 4) usRationale?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() photoLicenceConfirmed?: boolean;
  @ApiProperty() @IsInt({ message: 'version is required (the version you loaded) and must be an integer' }) version: number;
}

export class AssessCreatorDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) displayName?: string;
  @ApiPropertyOptional({ example: '1840-11-14' }) @EmptyToNull() @IsOptional() @IsPartialDate() birthDate?: string | null;
  @ApiPropertyOptional({ example: '1926-12-05' }) @EmptyToNull() @IsOptional() @IsPartialDate() deathDate?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() diedForFrance?: boolean;
  @ApiPropertyOptional({ example: 'auteur' }) @IsOptional() @IsString() @MaxLength(100) role?: string;
}

const year = () => [IsOptional(), IsInt(), Min(-5000), Max(2200)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class AssessRightsDto {
  @ApiProperty({ type: [AssessCreatorDto] }) @IsArray() @ArrayMaxSize(LIMITS.creators) @ValidateNested({ each: true }) @Type(() => AssessCreatorDto) creators: AssessCreatorDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() anonymous?: boolean;
  @ApiPropertyOptional() @apply(year()) firstPublicationYear?: number | null;
  @ApiPropertyOptional() @apply(year()) datingEndYear?: number | null;
  @ApiPropertyOptional() @apply(year()) posthumousPublicationYear?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() is2D?: boolean;
  @ApiPropertyOptional({ example: '2026-11-26' }) @IsOptional() @IsISO8601({ strict: true }) asOf?: string;
}
