import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { DerivativeKind, MediaStatus } from '@oc/domain';

/** bigint columns come back from pg as strings; byte counts stay far below 2^53. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('media')
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'work_id' }) workId: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('text') sha256: string;
  @Column('text') sha1: string;
  @Column('text') mime: string;
  @Column('int', { nullable: true }) width: number | null;
  @Column('int', { nullable: true }) height: number | null;
  @Column('bigint', { transformer: bigintAsNumber }) bytes: number;
  @Column('text', { name: 'colour_space', nullable: true }) colourSpace: string | null;
  @Column('int', { name: 'bit_depth', nullable: true }) bitDepth: number | null;
  @Column('text', { name: 'photographer_credit', nullable: true }) photographerCredit: string | null;
  @Column('text', { nullable: true }) caption: string | null;
  @Column('boolean', { name: 'is_primary' }) isPrimary: boolean;
  @Column('text') status: MediaStatus;
  @Column('text', { nullable: true }) error: string | null;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
}

@Entity('derivative')
export class DerivativeEntity {
  @PrimaryColumn('uuid', { name: 'media_id' }) mediaId: string;
  @PrimaryColumn('text') kind: DerivativeKind;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('int') width: number;
  @Column('int') height: number;
  @Column('bigint', { transformer: bigintAsNumber }) bytes: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
