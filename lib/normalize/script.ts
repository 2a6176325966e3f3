/**
 * Script classes of FOLDED code units (see normalize.ts), used for token boundaries:
 *  - NONWORD: punctuation, symbols, space — a boundary.
 *  - LATIN: Latin/Greek/Cyrillic/other alphabetic letters.
 *  - ARABIC: Arabic-script letters.
 *  - DIGIT: 0-9 (Arabic-Indic digits fold to these).
 *  - CJK: Han, Kana, Hangul — no spaces between words, so every position is a boundary.
 * A change of script between two letters (Latin ↔ Arabic) is a token boundary too.
 */
export { NONWORD, LATIN, ARABIC, DIGIT, CJK } from './script-kinds';

export { getScriptTable, scriptOf } from './tables';
