import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './ids';

/**
 * Every record of the graph: a database row with a serial key, exposed to
 * clients as the `Node` interface with an opaque global ID. The GraphQL type
 * name of a record is its class name.
 */
@InterfaceType('Node', {
  description: 'A record that can be refetched by its global ID with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class NodeEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
