import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('museum')
export class MuseumEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text', { name: 'name_fr' }) nameFr: string;
  @Column('text', { name: 'name_en', nullable: true }) nameEn: string | null;
  @Column('text', { name: 'name_es', nullable: true }) nameEs: string | null;
  @Column('text', { name: 'commons_institution', nullable: true }) commonsInstitution: string | null;
  @Column('text', { name: 'portal_id', nullable: true }) portalId: string | null;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
