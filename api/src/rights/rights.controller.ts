import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { AssessRightsDto, RightsDecisionDto } from './rights.dto';
import { RightsService } from './rights.service';

@ApiTags('rights')
@ApiBearerAuth()
@Controller('api')
export class RightsController {
  constructor(private readonly rights: RightsService) {}

  @RequirePermission('notice:read')
  @Get('works/:id/rights-assessment')
  assessWork(@Param('id', UuidParam) id: string) {
    return this.rights.assessWork(id);
  }

  /** Rights managers record a decision; a registrar's submission is stored as a proposal. */
  @RequirePermission('rights:propose')
  @Put('works/:id/rights')
  record(@Param('id', UuidParam) id: string, @Body() dto: RightsDecisionDto, @CurrentUser() actor: AuthUser) {
    return this.rights.record(id, dto, actor);
  }

  @RequirePermission('notice:read')
  @Post('rights/assess')
  @HttpCode(200)
  assess(@Body() dto: AssessRightsDto) {
    return this.rights.assess(dto);
  }
}
