import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DIMENSION_UNITS, LIMITS, RIGHTS_STATUSES, WORKFLOW_STATES } from '@oc/domain';
import { IdListFilter } from '../common/filters';
import { EmptyToNull, multilingualDto } from '../common/multilingual.dto';
import { NotBefore } from '../common/not-before.validator';

const MIN_YEAR = -5000;
const MAX_YEAR = 2200;

const Title = multilingualDto(LIMITS.title, true);
const Description = multilingualDto(LIMITS.description, false);

export class DatingDto {
  @ApiPropertyOptional({ example: 'vers 1665' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.shortText) text?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) startYear?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) endYear?: number | null;
}

export class WorkCreatorDto {
  @ApiProperty() @IsUUID('all', { message: 'personId must be the id of a person' }) personId: string;
  @ApiProperty({ example: 'auteur' }) @IsString() @MinLength(1) @MaxLength(100) role: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) order?: number;
}

export class DimensionDto {
  @ApiPropertyOptional({ example: 'cadre' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(100) part?: string | null;
  @ApiProperty({ example: 'hauteur' }) @IsString() @MinLength(1) @MaxLength(100) type: string;
  @ApiProperty({ example: 65.5 }) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }) @IsPositive() @Max(999_999_999) value: number;
  @ApiProperty({ enum: DIMENSION_UNITS }) @IsIn(DIMENSION_UNITS, { message: `unit must be one of: ${DIMENSION_UNITS.join(', ')}` }) unit: string;
}

export class InscriptionDto {
  @ApiProperty({ example: 'signature' }) @IsString() @MinLength(1) @MaxLength(100) type: string;
  @ApiProperty({ example: 'Claude Monet 1880' }) @IsString() @MinLength(1) @MaxLength(LIMITS.shortText * 4) text: string;
  @ApiPropertyOptional({ example: 'latin' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(100) script?: string | null;
}

export class WorkInputDto {
  @ApiProperty() @IsUUID('all', { message: 'museumId must be the id of a museum' }) museumId: string;
  @ApiProperty({ example: 'PPP1234' }) @EmptyToNull() @IsString({ message: 'inventoryNumber is required' }) @MaxLength(LIMITS.inventoryNumber) inventoryNumber: string;
  @ApiProperty() @IsDefined({ message: 'title is required' }) @ValidateNested() @Type(() => Title) title: InstanceType<typeof Title>;
  @ApiPropertyOptional({ example: 'peinture' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(100) objectType?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() is2D?: boolean;
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => DatingDto) dating?: DatingDto;
  @ApiPropertyOptional({ type: [WorkCreatorDto] }) @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.creators) @ValidateNested({ each: true }) @Type(() => WorkCreatorDto) creators?: WorkCreatorDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() anonymous?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) firstPublicationYear?: number | null;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.shortText * 4) techniques?: string | null;
  @ApiPropertyOptional({ type: [DimensionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.dimensions) @ValidateNested({ each: true }) @Type(() => DimensionDto) dimensions?: DimensionDto[];
  @ApiPropertyOptional({ type: [InscriptionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.inscriptions) @ValidateNested({ each: true }) @Type(() => InscriptionDto) inscriptions?: InscriptionDto[];
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => Description) description?: InstanceType<typeof Description>;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(LIMITS.description) provenance?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value.map((k) => (typeof k === 'string' ? k.trim() : k)).filter((k) => k !== '') : value))
  @IsArray()
  @ArrayMaxSize(LIMITS.keywords)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  keywords?: string[];
  // Read-only parts of the record that react-admin sends back on edit; the workflow and rights endpoints own them.
  @Allow() id?: unknown;
  @Allow() rights?: unknown;
  @Allow() workflow?: unknown;
  @Allow() warnings?: unknown;
  @Allow() creatorNames?: unknown;
  @Allow() primaryMediaId?: unknown;
  @Allow() rightsProposal?: unknown;
  @Allow() publications?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}

export class WorkUpdateDto extends WorkInputDto {
  @ApiProperty() @IsInt({ message: 'version is required (the version you loaded) and must be an integer' }) version: number;
}

export class WorkFilterDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) q?: string;
  @IsOptional() @IsUUID() museumId?: string;
  @IsOptional() @IsString() @MaxLength(100) objectType?: string;
  @IsOptional() @IsUUID() creatorId?: string;
  @IsOptional() @IsIn(RIGHTS_STATUSES) rightsStatus?: string;
  @IsOptional() @IsIn(WORKFLOW_STATES) workflowState?: string;
  @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) dateFrom?: number;
  @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) @NotBefore('dateFrom') dateTo?: number;
  @IsOptional() @IdListFilter() id?: string[];
  @IsOptional() @IsISO8601({ strict: true }) publishFrom?: string;
  @IsOptional() @IsISO8601({ strict: true }) publishTo?: string;
}
