import { ARABIC, CJK, DIGIT, LATIN } from './script-kinds';

/**
 * Computes the script class of every code unit from the JavaScript engine's Unicode data. Build
 * time only: `npm run data` stores the result in data/generated/text-tables.json.
 */
export function computeScriptTable(): Uint8Array {
  const k = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{N}]/u;
  for (let c = 0x30; c <= 0x39; c++) k[c] = DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) k[c] = LATIN;
  for (let c = 0x61; c <= 0x7a; c++) k[c] = LATIN;
  for (let c = 0xaa; c < 0x3000; c++) {
    if (c >= 0x0600 && c <= 0x06ff) continue;
    if (c >= 0x0750 && c <= 0x077f) continue;
    if (c >= 0x08a0 && c <= 0x08ff) continue;
    if (letter.test(String.fromCharCode(c))) k[c] = LATIN;
  }
  const arabicLetter = (c: number) =>
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ff && !(c >= 0x06f0 && c <= 0x06f9)) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff);
  for (let c = 0x0600; c <= 0x08ff; c++) if (arabicLetter(c)) k[c] = ARABIC;
  for (let c = 0x0660; c <= 0x0669; c++) k[c] = DIGIT;
  for (let c = 0x06f0; c <= 0x06f9; c++) k[c] = DIGIT;
  const cjk: [number, number][] = [
    [0x3040, 0x30ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7af],
    [0xf900, 0xfaff],
  ];
  for (const [a, b] of cjk) for (let c = a; c <= b; c++) k[c] = CJK;
  for (let c = 0xfb50; c <= 0xfdff; c++) k[c] = ARABIC;
  for (let c = 0xfe70; c <= 0xfefc; c++) k[c] = ARABIC;
  for (let c = 0xff10; c <= 0xff19; c++) k[c] = DIGIT;
  for (let c = 0xff21; c <= 0xff3a; c++) k[c] = LATIN;
  for (let c = 0xff41; c <= 0xff5a; c++) k[c] = LATIN;
  return k;
}
