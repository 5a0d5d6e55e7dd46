import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../core/node';
import { toGlobalId } from '../core/ids';

/** An import of one file: which file (name, checksum), what it did, and whether it was rolled back. */
@ObjectType({ implements: NodeEntity, description: 'An import batch: one file brought in by `npm run cli -- import`.' })
@Entity({ tableName: 'import_batch' })
export class ImportBatch {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID (`node(id:)` refetches it, for admins).' })
  get globalId(): string {
    return toGlobalId('ImportBatch', this.id);
  }

  @Field(() => Int, { description: 'The batch number the import command prints and `npm run cli -- rollback` takes.' })
  get number(): number {
    return this.id;
  }

  @Field({ description: 'What was imported: enterprises, contract-records, …' }) @Property({ type: 'text' }) entity!: string;
  @Field({ description: 'Name of the imported file, as given to the command.' }) @Property({ type: 'text' }) fileName!: string;
  @Field({ description: 'SHA-256 of the file.' }) @Property({ type: 'text' }) checksum!: string;
  @Field({ description: 'File format: csv or jsonl.' }) @Property({ type: 'text' }) format!: string;
  @Field({ description: 'Text encoding of the file: utf8 or gb18030.' }) @Property({ type: 'text' }) encoding!: string;
  @Field(() => Int, { description: 'Data rows read from the file.' }) @Property({ type: 'integer' }) rowCount!: number;
  @Field(() => Int, { description: 'Rows that created a record.' }) @Property({ type: 'integer' }) inserted!: number;
  @Field(() => Int, { description: 'Rows that changed an existing record.' }) @Property({ type: 'integer' }) updated!: number;
  @Field(() => Int, { description: 'Rows that changed nothing: neither inserted nor updated.' }) @Property({ type: 'integer' }) unchanged!: number;
  @Field({ description: 'When it was imported.' }) @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was rolled back; null while it stands.' }) @Property({ type: 'timestamptz', nullable: true }) rolledBackAt?: Date | null;
}
