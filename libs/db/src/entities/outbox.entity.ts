import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') queue: string;
  @Column('text', { name: 'job_name' }) jobName: string;
  @Column('jsonb') payload: Record<string, any>;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('int') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
}
