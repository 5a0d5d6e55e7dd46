import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Park } from '../park/park.entity';
import { University } from '../university/university.entity';
import { Role } from './viewer';

/**
 * An API key: shown once when created, stored only as a SHA-256 hash of its
 * secret (keys are 256 random bits, so a slow hash adds nothing), found by
 * its public prefix. Revoked keys stop working at once.
 */
@Entity({ tableName: 'api_key' })
@Check({
  name: 'api_key_scope_check',
  expression: "(role = 'UNIVERSITY') = (university_id is not null) and (role = 'PARK_ADMIN') = (park_id is not null) and (role = 'ENTERPRISE') = (enterprise_id is not null)",
})
export class ApiKey {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;
  @Property({ type: 'text', unique: true }) prefix!: string;
  @Property({ type: 'text' }) secretHash!: string;
  @Enum({ items: () => Role }) role!: Role;
  @ManyToOne(() => University, { nullable: true, index: true, deleteRule: 'cascade' }) university?: University | null;
  @ManyToOne(() => Park, { nullable: true, index: true, deleteRule: 'cascade' }) park?: Park | null;
  @ManyToOne(() => Enterprise, { nullable: true, index: true, deleteRule: 'cascade' }) enterprise?: Enterprise | null;
  @Property({ type: 'text' }) label!: string;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) lastUsedAt?: Date | null;
  @Property({ type: 'timestamptz', nullable: true }) revokedAt?: Date | null;
}
