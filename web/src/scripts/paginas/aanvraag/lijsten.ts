// The choices of a begroting line (docs/regels.md §4.1.3). They mirror shared/indiening/
// begrotingsregels.ts: importing that would pull zod into the page (the server validates anyway).
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";

export const FUNCTIEGROEPEN: [string, string][] = [
  ["behandelaar", "behandelaar"],
  ["verpleegkundige", "verpleegkundige"],
  ["verzorgende", "verzorgende"],
  ["helpende", "helpende"],
  ["geestelijk-verzorger", "geestelijk verzorger"],
  ["gastvrouw-gastheer", "gastvrouw/-heer"],
  ["vrijwilligerscoordinator", "vrijwilligerscoördinator"],
  ["activiteitenbegeleider", "activiteitenbegeleider"],
  ["overig-zorgpersoneel", "overig zorgpersoneel"],
];
export const CATEGORIEEN: [string, string][] = [
  ["productiviteit", "productiviteit"],
  ["deskundigheid", "deskundigheid"],
  ["technologie", "technologie"],
  ["welbevinden", "welbevinden"],
  ["overhead", "overhead"],
  ["werving-en-selectie", "werving & selectie"],
  ["accountantskosten", "accountantskosten"],
];
export const MAANDEN = MAANDNAMEN.map((m, i): [string, string] => [String(i + 1), m]);
