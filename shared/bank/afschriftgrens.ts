// docs/regels.md §15.5: the size limit of the bank statement, apart from its checks so the page's own
// check in the browser (web/) reads the same number without bundling zod.

/** [portal rule] 2 MB (2 × 1024 × 1024 bytes) decoded: a statement is a page or two. */
export const BANKAFSCHRIFT_MAX_BYTES = 2 * 1024 * 1024;
