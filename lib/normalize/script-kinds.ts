/** Script classes of folded code units (see script.ts). */
export const NONWORD = 0;
export const LATIN = 1;
export const ARABIC = 2;
export const DIGIT = 3;
export const CJK = 4;
