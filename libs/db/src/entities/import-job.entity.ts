import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ColumnMapping, CsvDelimiter, ImportStatus } from '@oc/domain';

/** A bulk import of notices from an uploaded CSV file (the file and its report are in storage). */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'file_name' }) fileName: string;
  // bigint comes back from pg as a string.
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) bytes: number;
  @Column('text', { name: 'source_key' }) sourceKey: string;
  @Column('text', { name: 'report_key', nullable: true }) reportKey: string | null;
  @Column('text') delimiter: CsvDelimiter;
  @Column('jsonb') headers: string[];
  @Column('jsonb') mapping: ColumnMapping;
  @Column('text') status: ImportStatus;
  @Column('text', { nullable: true }) error: string | null;
  @Column('int', { name: 'total_rows', nullable: true }) totalRows: number | null;
  @Column('int', { name: 'processed_rows' }) processedRows: number;
  @Column('int', { name: 'created_count' }) createdCount: number;
  @Column('int', { name: 'updated_count' }) updatedCount: number;
  @Column('int', { name: 'unchanged_count' }) unchangedCount: number;
  @Column('int', { name: 'rejected_count' }) rejectedCount: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('text', { name: 'created_by_email', nullable: true }) createdByEmail: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
