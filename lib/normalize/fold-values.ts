/** Fold-table value: character is removed. */
export const FOLD_REMOVE = 0;
/** Fold-table value: character expands to several characters (see `foldExpansion`). */
export const FOLD_EXPAND = 0xffff;
