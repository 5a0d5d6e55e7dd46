import { LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A point on the earth (WGS 84).' })
export class GeoPoint {
  @Field(() => LatitudeResolver) latitude!: number;
  @Field(() => LongitudeResolver) longitude!: number;
}
