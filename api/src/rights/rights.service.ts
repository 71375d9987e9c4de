/**
 * Rights on a work: the calculator's advice, and the decision. Rights managers and admins record decisions (audited;
 * a change on an approved or scheduled work sends it back to review); a registrar's input is kept as a proposal
 * for the rights manager, and the rights themselves stay as they were.
 */
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { loadRightsInput, today, WorkEntity, writeAuditEvent } from '@oc/db';
import { enqueue } from '@oc/jobs';
import { allowsOpenContent, assessRights, can, canSetLicence, diffRecords, overrideReasonNeeded, type RightsAssessment, type RightsInput } from '@oc/domain';
import type { AuthUser } from '../common/current-user.decorator';
import { fieldErrorsException } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import { WorksRepository } from '../works/works.repository';
import type { WorkView } from '../works/work.view';
import { AssessRightsDto, RightsDecisionDto } from './rights.dto';
import { proposeRights } from './rights-proposal';

/** States whose approval rested on the rights: changing them means reviewing again. */
const BACK_TO_REVIEW = new Set(['approved', 'scheduled']);

@Injectable()
export class RightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly works: WorksRepository,
  ) {}

  assess(dto: AssessRightsDto): RightsAssessment & { asOf: string } {
    const asOf = dto.asOf?.slice(0, 10) ?? today();
    return { asOf, ...assessRights({ ...dto, asOf } as RightsInput) };
  }

  async assessWork(workId: string) {
    const manager = this.dataSource.manager;
    const view = await this.works.view(manager, workId);
    if (!view) throw new NotFoundException(`Work ${workId} not found`);
    const asOf = today();
    return {
      asOf,
      assessment: assessRights((await loadRightsInput(manager, workId, asOf)) as RightsInput),
      decision: view.rights,
      proposal: view.rightsProposal,
    };
  }

  async record(workId: string, dto: RightsDecisionDto, actor: AuthUser): Promise<WorkView> {
    if (!canSetLicence(dto.status, dto.licence)) {
      throw fieldErrorsException({ licence: `CC0 needs the status public_domain (the status given is ${dto.status})` });
    }
    return this.dataSource.transaction(async (manager) => {
      const work = await this.works.findOne(manager, workId, true);
      if (!work) throw new NotFoundException(`Work ${workId} not found`);
      assertCurrentVersion('work', work.version, dto.version);
      const decision = {
        status: dto.status,
        licence: dto.licence,
        overrideReason: dto.overrideReason ?? null,
        creditLine: dto.creditLine ?? null,
        usRationale: dto.usRationale ?? null,
        photoLicenceConfirmed: dto.photoLicenceConfirmed ?? false,
      };
      if (can(actor.roles, 'rights:decide')) {
        const computed = assessRights((await loadRightsInput(manager, workId, today())) as RightsInput).status;
        if (overrideReasonNeeded(dto.status, computed, dto.overrideReason)) {
          throw fieldErrorsException({ overrideReason: `is required to decide "${dto.status}" when the calculator gives "${computed}"` });
        }
        await this.decide(manager, work, decision, actor);
      }
      else await proposeRights(manager, work, decision, actor);
      return (await this.works.view(manager, workId)) as WorkView;
    });
  }

  private async decide(manager: EntityManager, work: WorkEntity, decision: Record<string, unknown>, actor: AuthUser): Promise<void> {
    const before = {
      status: work.rightsStatus,
      licence: work.licence,
      overrideReason: work.rightsOverrideReason,
      creditLine: work.creditLine,
      usRationale: work.usRationale,
      photoLicenceConfirmed: work.photoLicenceConfirmed,
    };
    const diff = diffRecords({ rights: before }, { rights: decision });
    const backToReview = BACK_TO_REVIEW.has(work.workflowState) && Object.keys(diff).length > 0;
    await manager.update(WorkEntity, { id: work.id }, {
      rightsStatus: decision.status as WorkEntity['rightsStatus'],
      licence: decision.licence as WorkEntity['licence'],
      rightsOverrideReason: decision.overrideReason as string | null,
      creditLine: decision.creditLine as string | null,
      usRationale: decision.usRationale as string | null,
      photoLicenceConfirmed: decision.photoLicenceConfirmed as boolean,
      rightsDecidedBy: actor.id,
      rightsDecidedAt: new Date(),
      rightsProposal: null,
      version: work.version + 1,
      updatedBy: actor.id,
      ...(backToReview ? { workflowState: 'in_review' as const, approvedBy: null, approvedAt: null, publishAt: null } : {}),
    });
    const comment = decision.overrideReason ? `override: ${decision.overrideReason}` : null;
    await writeAuditEvent(manager, { userId: actor.id, userEmail: actor.email, action: 'rights.decide', entityType: 'work', entityId: work.id, diff, comment });
    if (backToReview) {
      await writeAuditEvent(manager, {
        userId: actor.id,
        userEmail: actor.email,
        action: 'workflow.back_to_review',
        entityType: 'work',
        entityId: work.id,
        diff: { 'workflow.state': { from: work.workflowState, to: 'in_review' } },
        comment: 'rights changed after approval',
      });
    }
    const wasOpen = allowsOpenContent({ status: work.rightsStatus, licence: work.licence });
    const isOpen = allowsOpenContent(decision as Parameters<typeof allowsOpenContent>[0]);
    // HD images, tiles and the package must not outlive the CC0 decision that allowed them, and appear with it.
    if (wasOpen !== isOpen) await enqueue(manager, 'media.enforce-rights', { workId: work.id });
  }
}
