import { describe, expect, it } from 'vitest';
import { foldName, listMatchKey, slugify } from './normalize';

describe('foldName', () => {
  it('folds case, whitespace and Latin diacritics', () => {
    expect(foldName('  Hürriyet   DAILY ')).toBe('hurriyet daily');
  });
  it('folds Arabic hamza forms, alef maqsura, ta marbuta, harakat and tatweel', () => {
    expect(foldName('أوبن إيه آي')).toBe(foldName('اوبن ايه اي'));
    expect(foldName('هواوى')).toBe(foldName('هواوي'));
    expect(foldName('مُبادلة')).toBe(foldName('مبادله'));
    expect(foldName('علـــي')).toBe('علي');
  });
});

describe('listMatchKey', () => {
  it('drops corporate-form words and punctuation', () => {
    expect(listMatchKey('Huawei Technologies Co., Ltd.')).toBe('huawei technologies');
    expect(listMatchKey('HUAWEI TECHNOLOGIES CO., LTD.')).toBe('huawei technologies');
    expect(listMatchKey('Contemporary Amperex Technology Company, Limited')).toBe(
      'contemporary amperex technology',
    );
    expect(listMatchKey('Huawei Investment & Holding Co., Ltd.')).toBe('huawei investment and holding');
  });
  it('keeps descriptive words, so a brand does not match a group holding', () => {
    expect(listMatchKey('Alibaba Group Holding Limited')).toBe('alibaba group holding');
    expect(listMatchKey('Alibaba')).not.toBe(listMatchKey('Alibaba Group Holding Limited'));
  });
  it('never strips a one-word name to nothing', () => {
    expect(listMatchKey('Limited')).toBe('limited');
  });
});

describe('slugify', () => {
  it('makes ASCII-safe keys', () => {
    expect(slugify('Shenzhen DJI Technology Co., Ltd.')).toBe('shenzhen-dji-technology-co-ltd');
  });
});
