/**
 * Moves works through the Open Content workflow (DESIGN.md §4) under the rules of libs/domain: 403 when the role or
 * the four-eyes rule forbids it, 409 (with the allowed actions, or every unmet approval precondition) when the
 * work's state does not allow it. Each transition is one transaction: state, audit event and outbox rows.
 */
import { BadRequestException, ConflictException, ForbiddenException, HttpException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PublicationEntity, WorkEntity, writeAuditEvent } from '@oc/db';
import {
  actionNeedsComment,
  allowedActions,
  approvalProblems,
  breaksFourEyes,
  can,
  isFourEyesOverride,
  permissionFor,
  transition,
  type MediaStatus,
  type RefusalCode,
  type WorkflowAction,
} from '@oc/domain';
import { configuredTargets, enqueue, startPublication } from '@oc/jobs';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { AuthUser } from '../common/current-user.decorator';
import { fieldErrorsException } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import type { WorkView } from '../works/work.view';
import { WorksRepository } from '../works/works.repository';
import { BulkWorkflowDto, WorkflowActionDto } from './workflow.dto';

export interface BulkResult {
  id: string;
  status: number;
  message?: string;
  /** For a refused approval: every unmet precondition, in French and English. */
  problems?: unknown[];
  state?: string;
}

@Injectable()
export class WorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly works: WorksRepository,
  ) {}

  act(workId: string, action: WorkflowAction, dto: WorkflowActionDto, actor: AuthUser): Promise<WorkView> {
    if (!can(actor.roles, permissionFor(action))) throw new ForbiddenException(`Your role does not allow the action "${action}"`);
    this.checkInput(action, dto);
    return this.dataSource.transaction(async (manager) => {
      const work = await this.works.findOne(manager, workId, true);
      if (!work) throw new NotFoundException(`Work ${workId} not found`);
      assertCurrentVersion('work', work.version, dto.version);
      const context = { userId: actor.id, submittedBy: work.submittedBy };
      const target = transition(work.workflowState, action);
      if (!target) {
        throw new ConflictException({
          message: `A ${work.workflowState.replace('_', ' ')} work cannot be sent "${action}"`,
          allowedActions: allowedActions(work.workflowState, actor.roles, context),
        });
      }
      if (breaksFourEyes(action, actor.roles, context)) {
        throw new ForbiddenException({
          message: 'You submitted this work for review: another rights manager must approve it (four-eyes rule)',
          code: 'four_eyes' satisfies RefusalCode,
        });
      }
      if (action === 'approve') await this.checkApprovable(manager, work, actor);
      const comment = dto.comment ?? null;
      if (action === 'publish') {
        await startPublication(manager, work.id, actor, configuredTargets(this.config), comment);
      } else {
        await manager.update(WorkEntity, { id: work.id }, { ...this.changes(action, dto, actor), workflowState: target, version: work.version + 1, updatedBy: actor.id });
        const override = isFourEyesOverride(action, actor.roles, context);
        await writeAuditEvent(manager, {
          userId: actor.id,
          userEmail: actor.email,
          action: `workflow.${action}`,
          entityType: 'work',
          entityId: work.id,
          diff: {
            'workflow.state': { from: work.workflowState, to: target },
            ...(action === 'schedule' ? { 'workflow.publishAt': { from: work.publishAt?.toISOString() ?? null, to: new Date(dto.publishAt as string).toISOString() } } : {}),
            ...(override ? { fourEyesOverride: { from: null, to: true } } : {}),
          },
          comment: override ? `four-eyes override by an admin approving their own submission${comment ? `: ${comment}` : ''}` : comment,
        });
        if (action === 'withdraw') await this.withdrawPublications(manager, work.id);
      }
      return (await this.works.view(manager, work.id)) as WorkView;
    });
  }

  async bulk(action: WorkflowAction, dto: BulkWorkflowDto, actor: AuthUser): Promise<{ results: BulkResult[] }> {
    const { ids, ...rest } = dto;
    const results: BulkResult[] = [];
    // One transaction per work: one refused work must not hold back the others.
    for (const id of [...new Set(ids)]) {
      try {
        const work = await this.act(id, action, { ...rest, version: undefined }, actor);
        results.push({ id, status: 200, state: work.workflow.state });
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        const body = error.getResponse() as string | { message?: unknown; problems?: unknown[] };
        const message = typeof body === 'string' ? body : String(body.message);
        const problems = typeof body === 'string' ? undefined : body.problems;
        results.push({ id, status: error.getStatus(), message, ...(problems ? { problems } : {}) });
      }
    }
    return { results };
  }

  private checkInput(action: WorkflowAction, dto: WorkflowActionDto): void {
    if (actionNeedsComment(action) && !dto.comment?.trim()) {
      throw fieldErrorsException({ comment: `is required to ${action} a work (say why)` });
    }
    if (action === 'schedule') {
      if (!dto.publishAt) throw fieldErrorsException({ publishAt: 'is required to schedule a publication' });
      if (new Date(dto.publishAt).getTime() <= Date.now()) throw fieldErrorsException({ publishAt: 'must be in the future (use "publish" to publish now)' });
    }
  }

  private changes(action: WorkflowAction, dto: WorkflowActionDto, actor: AuthUser): Partial<WorkEntity> {
    const now = new Date();
    switch (action) {
      case 'submit':
        return { submittedBy: actor.id, submittedAt: now, approvedBy: null, approvedAt: null };
      case 'approve':
        return { approvedBy: actor.id, approvedAt: now };
      case 'reject':
        return { approvedBy: null, approvedAt: null };
      case 'schedule':
        return { publishAt: new Date(dto.publishAt as string) };
      case 'withdraw':
        return { publishAt: null };
      default:
        throw new BadRequestException(`Unknown action ${action}`);
    }
  }

  private async checkApprovable(manager: EntityManager, work: WorkEntity, actor: AuthUser): Promise<void> {
    const view = (await this.works.view(manager, work.id)) as WorkView;
    const problems = approvalProblems({ ...view, primaryMedia: await this.primaryMedia(manager, work.id) });
    if (problems.length) {
      throw new ConflictException({
        message: `This work cannot be approved yet: ${problems.map((p) => p.en).join(' ')}`,
        problems,
        allowedActions: allowedActions(work.workflowState, actor.roles, { userId: actor.id, submittedBy: work.submittedBy }),
      });
    }
  }

  private async primaryMedia(manager: EntityManager, workId: string): Promise<{ status: MediaStatus } | null> {
    const [row] = await manager.query('SELECT status FROM media WHERE work_id = $1 AND is_primary', [workId]);
    return row ?? null;
  }

  /** The portal removes the notice; Commons deletion is a community process the rights manager follows by hand. */
  private async withdrawPublications(manager: EntityManager, workId: string): Promise<void> {
    const publications = await manager.findBy(PublicationEntity, { workId });
    for (const publication of publications) {
      if (publication.target === 'portal') await enqueue(manager, 'portal.withdraw', { workId });
    }
    await manager.update(PublicationEntity, { workId, target: 'portal' }, { state: 'withdrawn', updatedAt: new Date() });
  }
}
