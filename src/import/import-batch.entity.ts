import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** An import of one file: which file (name, checksum), what it did, and whether it was rolled back. */
@ObjectType({ description: 'An import batch: one file brought in by `npm run cli -- import`.' })
@Entity({ tableName: 'import_batch' })
export class ImportBatch {
  @Field(() => Int) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;
  @Field({ description: 'What was imported: enterprises, contract-records, …' }) @Property({ type: 'text' }) entity!: string;
  @Field() @Property({ type: 'text' }) fileName!: string;
  @Field({ description: 'SHA-256 of the file.' }) @Property({ type: 'text' }) checksum!: string;
  @Field() @Property({ type: 'text' }) format!: string;
  @Field() @Property({ type: 'text' }) encoding!: string;
  @Field(() => Int) @Property({ type: 'integer' }) rowCount!: number;
  @Field(() => Int) @Property({ type: 'integer' }) inserted!: number;
  @Field(() => Int) @Property({ type: 'integer' }) updated!: number;
  @Field(() => Int) @Property({ type: 'integer' }) unchanged!: number;
  @Field({ description: 'When it was imported.' }) @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) rolledBackAt?: Date | null;
}
