import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '@oc/domain';
import { IdListFilter } from '../common/filters';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export class CreateUserDto {
  @ApiProperty() @trim() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @ApiProperty() @trim() @IsString() @MinLength(1) @MaxLength(200) displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(ROLES, { each: true, message: `roles must each be one of: ${ROLES.join(', ')}` })
  roles: Role[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiProperty() @IsString() password: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @trim() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @trim() @IsString() @MinLength(1) @MaxLength(200) displayName?: string;
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(ROLES, { each: true, message: `roles must each be one of: ${ROLES.join(', ')}` })
  roles?: Role[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  /** Empty or absent leaves the password unchanged (react-admin sends the field back blank). */
  @ApiPropertyOptional() @IsOptional() @IsString() password?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() version?: number;
  // Read-only fields react-admin sends back with the record; accepted and ignored.
  @Allow() id?: unknown;
  @Allow() lastLoginAt?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}

export class UserFilterDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsIn(ROLES) role?: Role;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @IdListFilter() id?: string[];
}
