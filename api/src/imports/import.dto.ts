import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional } from 'class-validator';
import { IMPORT_STATUSES } from '@oc/domain';
import { IdListFilter } from '../common/filters';

export class RunImportDto {
  @ApiPropertyOptional({
    description: 'File header → notice column name (or null to ignore the column); the proposed mapping when omitted',
    example: { Musée: 'museum', Inventaire: 'inventory_number', Titre: 'title_fr', Notes: null },
  })
  @IsOptional()
  @IsObject()
  mapping?: Record<string, string | null>;
}

export class ImportFilterDto {
  @IsOptional() @IsIn(IMPORT_STATUSES) status?: string;
  @IsOptional() @IdListFilter() id?: string[];
}
