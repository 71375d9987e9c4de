import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { BulkUpdateDto } from './bulk-update.dto';
import { BulkUpdateService } from './bulk-update.service';

@ApiTags('works')
@ApiBearerAuth()
@Controller('api/works')
export class BulkUpdateController {
  constructor(private readonly bulk: BulkUpdateService) {}

  /** Sets museum, object type, keywords or proposed rights on the selected works; answers one result per id. */
  @RequirePermission('notice:write')
  @Post('bulk-update')
  @HttpCode(200)
  update(@Body() dto: BulkUpdateDto, @CurrentUser() actor: AuthUser) {
    return this.bulk.update(dto, actor);
  }
}
