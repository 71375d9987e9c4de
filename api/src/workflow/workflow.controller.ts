import { Body, Controller, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '@oc/domain';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { fieldErrorsException } from '../common/validation';
import { BulkWorkflowDto, WorkflowActionDto } from './workflow.dto';
import { WorkflowService } from './workflow.service';

const ActionParam = new ParseEnumPipe(Object.fromEntries(WORKFLOW_ACTIONS.map((a) => [a, a])), {
  exceptionFactory: () => fieldErrorsException({ action: `must be one of: ${WORKFLOW_ACTIONS.join(', ')}` }),
});

// notice:read lets every role in; the service then applies the action's own permission (403) and state rules (409).
@ApiTags('workflow')
@ApiBearerAuth()
@RequirePermission('notice:read')
@Controller('api/works')
export class WorkflowController {
  constructor(private readonly workflow: WorkflowService) {}

  @Post('workflow/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: WORKFLOW_ACTIONS })
  bulk(@Param('action', ActionParam) action: WorkflowAction, @Body() dto: BulkWorkflowDto, @CurrentUser() actor: AuthUser) {
    return this.workflow.bulk(action, dto, actor);
  }

  @Post(':id/workflow/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: WORKFLOW_ACTIONS })
  act(
    @Param('id', UuidParam) id: string,
    @Param('action', ActionParam) action: WorkflowAction,
    @Body() dto: WorkflowActionDto,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.workflow.act(id, action, dto, actor);
  }
}
