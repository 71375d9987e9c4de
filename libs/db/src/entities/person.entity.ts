import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { name: 'sort_name' }) sortName: string;
  @Column('text', { name: 'birth_date', nullable: true }) birthDate: string | null;
  @Column('text', { name: 'death_date', nullable: true }) deathDate: string | null;
  @Column('text', { name: 'birth_place', nullable: true }) birthPlace: string | null;
  @Column('text', { name: 'death_place', nullable: true }) deathPlace: string | null;
  @Column('boolean', { name: 'died_for_france' }) diedForFrance: boolean;
  @Column('text', { name: 'wikidata_id', nullable: true }) wikidataId: string | null;
  @Column('text', { name: 'commons_creator', nullable: true }) commonsCreator: string | null;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
}
