import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Licence, RightsStatus, WorkflowState } from '@oc/domain';
import { PersonEntity } from './person.entity';

@Entity('work')
export class WorkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'museum_id' }) museumId: string;
  @Column('text', { name: 'inventory_number' }) inventoryNumber: string;
  @Column('text', { name: 'title_fr' }) titleFr: string;
  @Column('text', { name: 'title_en', nullable: true }) titleEn: string | null;
  @Column('text', { name: 'title_es', nullable: true }) titleEs: string | null;
  @Column('text', { name: 'object_type', nullable: true }) objectType: string | null;
  @Column('boolean', { name: 'is_2d' }) is2D: boolean;
  @Column('text', { name: 'dating_text', nullable: true }) datingText: string | null;
  @Column('int', { name: 'dating_start_year', nullable: true }) datingStartYear: number | null;
  @Column('int', { name: 'dating_end_year', nullable: true }) datingEndYear: number | null;
  @Column('text', { nullable: true }) techniques: string | null;
  @Column('text', { name: 'description_fr', nullable: true }) descriptionFr: string | null;
  @Column('text', { name: 'description_en', nullable: true }) descriptionEn: string | null;
  @Column('text', { name: 'description_es', nullable: true }) descriptionEs: string | null;
  @Column('text', { nullable: true }) provenance: string | null;
  @Column('text', { array: true }) keywords: string[];
  @Column('boolean') anonymous: boolean;
  @Column('int', { name: 'first_publication_year', nullable: true }) firstPublicationYear: number | null;
  @Column('text', { name: 'creator_names' }) creatorNames: string;
  @Column('text', { name: 'rights_status', nullable: true }) rightsStatus: RightsStatus | null;
  @Column('text', { nullable: true }) licence: Licence | null;
  @Column('text', { name: 'rights_override_reason', nullable: true }) rightsOverrideReason: string | null;
  @Column('text', { name: 'credit_line', nullable: true }) creditLine: string | null;
  @Column('text', { name: 'us_rationale', nullable: true }) usRationale: string | null;
  @Column('boolean', { name: 'photo_licence_confirmed' }) photoLicenceConfirmed: boolean;
  @Column('uuid', { name: 'rights_decided_by', nullable: true }) rightsDecidedBy: string | null;
  @Column('timestamptz', { name: 'rights_decided_at', nullable: true }) rightsDecidedAt: Date | null;
  @Column('jsonb', { name: 'rights_proposal', nullable: true }) rightsProposal: Record<string, any> | null;
  @Column('text', { name: 'workflow_state' }) workflowState: WorkflowState;
  @Column('timestamptz', { name: 'publish_at', nullable: true }) publishAt: Date | null;
  @Column('uuid', { name: 'submitted_by', nullable: true }) submittedBy: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;

  @OneToMany(() => WorkCreatorEntity, (c) => c.work, { cascade: true })
  creators: WorkCreatorEntity[];
  @OneToMany(() => WorkDimensionEntity, (d) => d.work, { cascade: true })
  dimensions: WorkDimensionEntity[];
  @OneToMany(() => WorkInscriptionEntity, (i) => i.work, { cascade: true })
  inscriptions: WorkInscriptionEntity[];
}

@Entity('work_creator')
export class WorkCreatorEntity {
  @PrimaryColumn('uuid', { name: 'work_id' }) workId: string;
  @PrimaryColumn('int') position: number;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text') role: string;
  @ManyToOne(() => WorkEntity, (w) => w.creators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_id' })
  work: WorkEntity;
  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'person_id' })
  person: PersonEntity;
}

@Entity('work_dimension')
export class WorkDimensionEntity {
  @PrimaryColumn('uuid', { name: 'work_id' }) workId: string;
  @PrimaryColumn('int') position: number;
  @Column('text', { nullable: true }) part: string | null;
  @Column('text') type: string;
  @Column('numeric', { precision: 12, scale: 3, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value: number;
  @Column('text') unit: string;
  @ManyToOne(() => WorkEntity, (w) => w.dimensions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_id' })
  work: WorkEntity;
}

@Entity('work_inscription')
export class WorkInscriptionEntity {
  @PrimaryColumn('uuid', { name: 'work_id' }) workId: string;
  @PrimaryColumn('int') position: number;
  @Column('text') type: string;
  @Column('text') text: string;
  @Column('text', { nullable: true }) script: string | null;
  @ManyToOne(() => WorkEntity, (w) => w.inscriptions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_id' })
  work: WorkEntity;
}
