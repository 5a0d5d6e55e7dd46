import { registerEnumType } from 'type-graphql';

export enum Role {
  ANONYMOUS = 'ANONYMOUS',
  RESEARCHER = 'RESEARCHER',
  UNIVERSITY = 'UNIVERSITY',
  PARK_ADMIN = 'PARK_ADMIN',
  ENTERPRISE = 'ENTERPRISE',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may read and write; a request without a key is ANONYMOUS.',
  valuesConfig: {
    ANONYMOUS: { description: 'No key: public facts and aggregates above the minimum group size.' },
    RESEARCHER: { description: 'Per-enterprise contract figures, cohort figures, reports and CSV exports.' },
    UNIVERSITY: { description: 'Public facts plus the non-public fields of its own partnerships, bases, cohorts and placements.' },
    PARK_ADMIN: { description: 'Public facts; writes to its own park and its enterprises.' },
    ENTERPRISE: { description: 'Public facts; files and submits its own statistics (重点企业数据直报).' },
    ADMIN: { description: 'Everything.' },
  },
});

/** Who is asking: the role of the API key (or anonymous) and the university, park or enterprise it is bound to. */
export interface Viewer {
  role: Role;
  keyId: number | null;
  universityId: number | null;
  parkId: number | null;
  enterpriseId: number | null;
}

export const ANONYMOUS: Viewer = { role: Role.ANONYMOUS, keyId: null, universityId: null, parkId: null, enterpriseId: null };

/** Roles that see every non-public figure. */
export function seesEverything(viewer: Viewer): boolean {
  return viewer.role === Role.RESEARCHER || viewer.role === Role.ADMIN;
}
