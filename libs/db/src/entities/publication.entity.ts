import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PublicationTarget = 'portal' | 'commons';
export type PublicationState = 'pending' | 'pushing' | 'succeeded' | 'failed' | 'withdrawn';

@Entity('publication')
export class PublicationEntity {
  @PrimaryColumn('uuid', { name: 'work_id' }) workId: string;
  @PrimaryColumn('text') target: PublicationTarget;
  @Column('text') state: PublicationState;
  @Column('text', { name: 'external_ref', nullable: true }) externalRef: string | null;
  @Column('text', { name: 'external_url', nullable: true }) externalUrl: string | null;
  @Column('text', { name: 'content_hash', nullable: true }) contentHash: string | null;
  @Column('int') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'pushed_at', nullable: true }) pushedAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
