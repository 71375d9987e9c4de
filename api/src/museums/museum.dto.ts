import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { Allow, IsDefined, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EmptyToNull, multilingualDto } from '../common/multilingual.dto';
import { IdListFilter } from '../common/filters';

const MuseumName = multilingualDto(300, true);

export class MuseumInputDto {
  @ApiProperty({ example: 'PP' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9_-]{1,20}$/, { message: 'code must be 1 to 20 letters, digits, - or _' })
  code: string;
  @ApiProperty() @IsDefined({ message: 'name is required' }) @ValidateNested() @Type(() => MuseumName) name: InstanceType<typeof MuseumName>;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(300) commonsInstitution?: string | null;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(100) portalId?: string | null;
  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}

export class MuseumUpdateDto extends MuseumInputDto {
  @ApiProperty() @IsInt({ message: 'version is required (the version you loaded) and must be an integer' }) version: number;
}

export class MuseumFilterDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IdListFilter() id?: string[];
}
