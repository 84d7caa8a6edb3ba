// docs/regels.md §3.2, §7: the three tussentijdse realisatie windows and the months each covers
// (May covers Jan–Apr, July Jan–Jun, October Jan–Sep).
export const VENSTERS = ["mei", "juli", "oktober"] as const;
export type Venster = (typeof VENSTERS)[number];

export const MAANDEN_GEDEKT: Readonly<Record<Venster, number>> = { mei: 4, juli: 6, oktober: 9 };

/**
 * [portal rule] A voorschot adjusted on a window applies from the month after the window closes
 * (31 May → June, 31 July → August, 31 October → November): the zorgkantoor needs the closed
 * report to decide "na overleg" (seed §4.2.9). It is a proposal; the zorgkantoor may pick another
 * month when it records the new basis version (§6).
 */
export const EERSTE_MAAND_NA: Readonly<Record<Venster, number>> = {
  mei: 6,
  juli: 8,
  oktober: 11,
};
