import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EmptyToNull } from '../common/multilingual.dto';

export class WorkflowActionDto {
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(5000) comment?: string | null;
  @ApiPropertyOptional({ example: '2027-01-01T09:00:00Z' }) @IsOptional() @IsISO8601({ strict: true }, { message: 'publishAt must be an ISO 8601 date and time' }) publishAt?: string;
  @ApiPropertyOptional() @EmptyToNull() @IsOptional() @IsString() @MaxLength(2000) overrideReason?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() version?: number;
}

export class BulkWorkflowDto extends WorkflowActionDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'ids must each be a work id' }) ids: string[];
}
