import { connectionTypes, type ListSource } from '../core/pagination';
import { Placement } from './placement.entity';

export const placementSource: ListSource<Placement> = {
  entity: Placement,
  table: 'placement',
  orderColumns: { YEAR: 't.year' },
};

export const PlacementConnection = connectionTypes(Placement, 'Placement');
