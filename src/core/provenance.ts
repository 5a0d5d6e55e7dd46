import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum SourceKind {
  POLICY_DOCUMENT = 'POLICY_DOCUMENT',
  SYNTHETIC = 'SYNTHETIC',
  IMPORT = 'IMPORT',
  SUBMISSION = 'SUBMISSION',
  REFERENCE_DATA = 'REFERENCE_DATA',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'Where a fact came from.',
  valuesConfig: {
    POLICY_DOCUMENT: { description: 'Read off a policy document in the sources.' },
    SYNTHETIC: { description: 'Made by the deterministic synthetic generator: demo and test data, not real.' },
    IMPORT: { description: 'A bulk import batch.' },
    SUBMISSION: { description: 'A direct report (数据直报) by a park or an enterprise.' },
    REFERENCE_DATA: { description: 'Public reference data (e.g. GB/T 2260 division codes) needed to place a document fact.' },
  },
});

/** Provenance of a record: which document, batch or generator it came from. */
@Embeddable()
@ObjectType({ description: 'Where a record came from.' })
export class Provenance {
  @Field(() => SourceKind, { description: 'The kind of source: policy document, import, submission, reference data or synthetic.' })
  @Enum({ items: () => SourceKind })
  source!: SourceKind;

  @Field(() => String, { nullable: true, description: 'The document (its code or file), batch or generator run.' })
  @Property({ type: 'text', nullable: true })
  document?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the document, e.g. a section or annex row.' })
  @Property({ type: 'text', nullable: true })
  locator?: string | null;

  @Field(() => String, { nullable: true, description: 'Our reading of an ambiguous text, or a correction made to it.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the record was last written (its import, verified submission, edit or seeding); see `batch` for the import batch.',
  })
  recordedAt: Date | null = null;

  /** The verified submission (数据直报) a contract record came from (see `submission`). */
  submissionId: number | null = null;

  /** The import batch that last wrote the record (see `batch`). */
  @Property({ type: 'integer', nullable: true })
  batchId?: number | null;

  static of(source: SourceKind, document?: string | null, locator?: string | null, note?: string | null): Provenance {
    return Object.assign(new Provenance(), { source, document: document ?? null, locator: locator ?? null, note: note ?? null });
  }
}
