import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MEDIA_STATUSES, MEDIA_TEXT_LIMITS } from '@oc/domain';
import { IdListFilter } from '../common/filters';
import { EmptyToNull } from '../common/multilingual.dto';

export class MediaUpdateDto {
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(MEDIA_TEXT_LIMITS.caption) caption?: string | null;
  @ApiPropertyOptional({ example: 'Photo : Julien Vidal' }) @EmptyToNull() @IsOptional() @IsString() @MaxLength(MEDIA_TEXT_LIMITS.photographerCredit) photographerCredit?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isPrimary?: boolean;
  @ApiProperty() @IsInt({ message: 'version is required (the version you loaded) and must be an integer' }) version: number;
  // Read-only parts of the record that react-admin sends back on edit.
  @Allow() id?: unknown;
  @Allow() workId?: unknown;
  @Allow() status?: unknown;
  @Allow() error?: unknown;
  @Allow() mime?: unknown;
  @Allow() width?: unknown;
  @Allow() height?: unknown;
  @Allow() bytes?: unknown;
  @Allow() colourSpace?: unknown;
  @Allow() bitDepth?: unknown;
  @Allow() sha256?: unknown;
  @Allow() sha1?: unknown;
  @Allow() derivatives?: unknown;
  @Allow() tiles?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() createdBy?: unknown;
}

export class MediaFilterDto {
  @IsOptional() @IsUUID('all', { message: 'must be the id of a work' }) workId?: string;
  @IsOptional() @IsIn(MEDIA_STATUSES) status?: string;
  @IsOptional() @IdListFilter() id?: string[];
}

/** The text fields that may accompany an upload (multipart fields are strings: "true"/"false" for isPrimary). */
export class MediaUploadFieldsDto {
  @EmptyToNull() @IsOptional() @IsString() @MaxLength(MEDIA_TEXT_LIMITS.caption) caption?: string | null;
  @EmptyToNull() @IsOptional() @IsString() @MaxLength(MEDIA_TEXT_LIMITS.photographerCredit) photographerCredit?: string | null;
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'isPrimary must be "true" or "false"' })
  isPrimary?: boolean;
}
