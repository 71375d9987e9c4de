import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EmptyToNull } from '../common/multilingual.dto';
import { IdListFilter } from '../common/filters';
import { IsPartialDate } from '../common/partial-date.validator';

export class PersonInputDto {
  @ApiProperty({ example: 'Claude Monet' }) @EmptyToNull() @IsString({ message: 'displayName is required' }) @MinLength(1) @MaxLength(300) displayName: string;
  @ApiPropertyOptional({ example: 'Monet, Claude' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(300) sortName?: string | null;
  @ApiPropertyOptional({ example: '1840-11-14' }) @EmptyToNull() @IsOptional() @IsPartialDate() birthDate?: string | null;
  @ApiPropertyOptional({ example: '1926-12-05' }) @EmptyToNull() @IsOptional() @IsPartialDate() deathDate?: string | null;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(300) birthPlace?: string | null;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(300) deathPlace?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() diedForFrance?: boolean;
  @ApiPropertyOptional({ example: 'Q296' })
  @EmptyToNull()
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^Q[1-9]\d*$/, { message: 'wikidataId must look like Q296' })
  wikidataId?: string | null;
  @ApiPropertyOptional({ example: 'Claude Monet' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(255) commonsCreator?: string | null;
  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}

export class PersonUpdateDto extends PersonInputDto {
  @ApiProperty() @IsInt({ message: 'version is required (the version you loaded) and must be an integer' }) version: number;
}

export class PersonFilterDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsBoolean() diedForFrance?: boolean;
  @IsOptional() @IdListFilter() id?: string[];
}
