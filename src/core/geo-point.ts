import { LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A point on the earth (WGS 84).' })
export class GeoPoint {
  @Field(() => LatitudeResolver, { description: 'Degrees north (negative: south), WGS 84.' }) latitude!: number;
  @Field(() => LongitudeResolver, { description: 'Degrees east (negative: west), WGS 84.' }) longitude!: number;
}
