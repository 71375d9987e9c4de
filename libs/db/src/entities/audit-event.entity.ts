import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_event')
export class AuditEventEntity {
  // bigserial comes back from pg as a string, which is also what JSON clients get.
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('timestamptz', { default: () => 'now()' }) at: Date;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text', { name: 'user_email', nullable: true }) userEmail: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'entity_type' }) entityType: string;
  @Column('text', { name: 'entity_id', nullable: true }) entityId: string | null;
  @Column('jsonb') diff: Record<string, any>;
  @Column('text', { nullable: true }) comment: string | null;
}
