/** Query parameters of the public search, validated like every input: a 400 names each bad parameter. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NotBefore } from '../common/not-before.validator';

export const PUBLIC_MAX_PAGE_SIZE = 100;

export class PublicSearchDto {
  @ApiPropertyOptional({ description: 'Full text (titles, creators, inventory number, description), accents ignored', example: 'monet soleil' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) q?: string;

  @ApiPropertyOptional({ description: 'Museum code or id', example: 'PPP' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) museum?: string;

  @ApiPropertyOptional({ description: 'Creator: a person id, or part of a name (accents ignored)', example: 'Monet' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) creator?: string;

  @ApiPropertyOptional({ description: 'Works dated in or after this year', example: 1850 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'dateFrom must be a year (a whole number)' }) @Min(-5000) @Max(2200) dateFrom?: number;

  @ApiPropertyOptional({ description: 'Works dated in or before this year', example: 1900 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'dateTo must be a year (a whole number)' }) @Min(-5000) @Max(2200) @NotBefore('dateFrom') dateTo?: number;

  @ApiPropertyOptional({ description: 'Only Open Content (CC0) works', example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'cc0 must be true or false' })
  cc0?: boolean;

  @ApiPropertyOptional({ description: 'Page number, from 1', example: 1 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'page must be a whole number' }) @Min(1) @Max(10_000) page?: number;

  @ApiPropertyOptional({ description: `Works per page (at most ${PUBLIC_MAX_PAGE_SIZE})`, example: 20 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'pageSize must be a whole number' }) @Min(1) @Max(PUBLIC_MAX_PAGE_SIZE) pageSize?: number;
}
