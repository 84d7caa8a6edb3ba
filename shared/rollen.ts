// docs/regels.md §1: the four roles. One list for the state machine, the route table, the Cognito
// groups and the memberships, so a role cannot be spelled two ways.
export const ROLLEN = [
  "aanbieder",
  "beoordelaar",
  "zorgkantoor-beheer",
  "landelijk-beheer",
] as const;
export type Rol = (typeof ROLLEN)[number];

/** Roles of zorgkantoor staff: the ones that may sign money-moving decisions (§1 four-eyes). */
