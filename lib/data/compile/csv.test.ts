// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvObjects, parseOfacCsv, splitList, toIsoDate } from './csv';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded commas and newlines, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['1', '', '3'],
    ]);
  });
  it('keeps a last row without a newline and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('maps rows to header names', () => {
    expect(parseCsvObjects('name,alias\nSMIC,"A; B"\n')).toEqual([{ name: 'SMIC', alias: 'A; B' }]);
  });
});

describe('parseOfacCsv', () => {
  it('trims cells, turns -0- into empty and drops the 0x1A end byte', () => {
    const text =
      '9639,"HANIYA, Ismail","individual","NS-PLC",-0- ,-0- \n30882,"CHINA TELECOM",-0- ,"CMIC-EO13959",-0- ,-0- \n\u001a';
    expect(parseOfacCsv(text)).toEqual([
      ['9639', 'HANIYA, Ismail', 'individual', 'NS-PLC', '', ''],
      ['30882', 'CHINA TELECOM', '', 'CMIC-EO13959', '', ''],
    ]);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2021-06-03', '2021-06-03'],
    ['2022', '2022'],
    ['3.6.2021', '2021-06-03'],
    ['23.2.2022', '2022-02-23'],
    ['29/04/2026', '2026-04-29'],
    ['03 Jun 2021', '2021-06-03'],
    ['March 12, 2021', '2021-03-12'],
    ['October 1, 2027', '2027-10-01'],
    ['', null],
    ['sometime', null],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('splitList', () => {
  it('splits, trims and drops empties', () => {
    expect(splitList(' A ; ;B;')).toEqual(['A', 'B']);
    expect(splitList(undefined)).toEqual([]);
  });
});
