import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { EntityDetails } from '../../lib/data/details';
import { EntityFacts } from './EntityFacts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function entity(overrides: Partial<EntityDetails> = {}): EntityDetails {
  return {
    id: 'example-ai',
    name: 'Example AI',
    names: { en: ['Example AI'], ar: ['إكزامبل'], zh: [] },
    legalNames: [],
    type: 'company',
    parent: null,
    country: null,
    city: null,
    founded: null,
    website: null,
    tickers: [],
    sectors: ['ai-lab'],
    products: [],
    summary: { en: 'An <b>AI</b> lab.', ar: 'مختبر ذكاء اصطناعي.' },
    funding: [
      {
        date: '2025-05',
        round: 'strategic',
        amountUsd: 1e10,
        amountIsCeiling: true,
        valuationUsd: null,
        lead: [],
        investors: [],
        sources: ['s1'],
      },
      {
        date: '2024-02',
        round: 'Series B',
        amountUsd: null,
        amountIsCeiling: false,
        valuationUsd: 2.5e9,
        lead: [{ id: 'alibaba-group', name: 'Alibaba' }],
        investors: [],
        sources: ['s2'],
      },
    ],
    backers: [{ backer: { id: null, name: 'Some Fund' }, stakePct: null, asOf: null, sources: ['s1'] }],
    cloud: [
      {
        provider: { id: 'alibaba-cloud', name: 'Alibaba Cloud' },
        relation: 'compute-for-equity',
        note: null,
        asOf: '2024',
        sources: ['s1'],
      },
    ],
    chips: [],
    sanctions: [
      {
        regime: 'us-export-controls',
        status: 'exposed',
        since: '2023-10',
        citation: null,
        note: null,
        sources: ['s1'],
      },
    ],
    officialListings: [
      {
        list: 'us-dod-1260h',
        listName: 'DoD 1260H list',
        entryName: 'Example Artificial Intelligence Co',
        entryId: 'list:us-dod-1260h:x',
        since: '2025-01-07',
        until: null,
        program: null,
        citation: 'javascript:alert(1)',
        sourceFile: 'us/x.csv',
        snapshotDate: '2026-06-08',
        match: 'name',
      },
    ],
    sources: {
      s1: { url: 'https://example.org/a', publisher: 'Reuters', published: '2024-03-01' },
      s2: { url: 'http://insecure.example/b', publisher: 'Blog', published: null },
    },
    dataAsOf: '2024-03-01',
    ...overrides,
  };
}

function render(e: EntityDetails, language: 'en' | 'ar' = 'en') {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => createRoot(el).render(<EntityFacts entity={e} language={language} onOpenEntity={() => {}} />));
  return el;
}

describe('EntityFacts', () => {
  it('shows sourced facts, says unknown for missing values, and never invents', () => {
    const el = render(entity());
    const text = el.textContent!;
    expect(text).toContain('Example AI');
    expect(text).toContain('إكزامبل');
    expect(text).toContain('amount unknown');
    expect(text).toContain('up to $10B (commitment)');
    expect(text).toContain('lead: unknown');
    expect(text).toContain('stake unknown');
    expect(text).toContain('Country: unknown');
    expect(text).toContain('compute for equity');
    expect(text).toContain('Exposed to US chip export controls');
    expect(text).toContain('[2]'); // funding round cites its source
    expect(text).toContain('Data as of 2024-03-01');
  });

  it('words a name-only list link as a possible match and never says clear', () => {
    const el = render(entity());
    expect(el.textContent).toContain(
      'Possible match (by name only): “Example Artificial Intelligence Co”, on DoD 1260H list since 2025-01-07',
    );
    const none = render(entity({ officialListings: [], sanctions: [] }));
    expect(none.textContent).toContain('this is not a clearance');
    expect(none.textContent?.toLowerCase()).not.toMatch(/\bclear\b(?!ance)/);
  });

  it('shows an entry named in several editions of a list once, since the earliest', () => {
    const edition = (since: string, until: string | null = null) => ({
      ...entity().officialListings[0]!,
      since,
      until,
      citation: `https://media.defense.gov/${since}.pdf`,
    });
    const el = render(
      entity({
        officialListings: [edition('2026-06-08'), edition('2025-01-07'), edition('2021-06-03', '2022-01-01')],
      }),
    );
    const lines = [...el.querySelectorAll('[data-listing]')].map((li) => li.textContent!);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('on DoD 1260H list since 2025-01-07');
    expect(lines.join(' ')).not.toContain('since 2026-06-08');
    expect(el.querySelector('a[href="https://media.defense.gov/2025-01-07.pdf"]')).not.toBeNull();
  });

  it('renders record strings as text and links only https sources, in a new tab without referrer', () => {
    const el = render(entity());
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('An <b>AI</b> lab.');
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
  });

  it('keeps script-like record strings inert: no element, no handler, no script URL', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = render(
      entity({
        summary: { en: hostile, ar: hostile },
        sources: {
          s1: {
            url: 'javascript:window.__pwned=3',
            publisher: '<svg onload=alert(1)>',
            published: '2024-03-01',
          },
          s2: { url: 'data:text/html,<script>alert(1)</script>', publisher: 'Data', published: null },
        },
      }),
    );
    expect(el.querySelector('img, script, svg')).toBeNull();
    expect(el.textContent).toContain(hostile);
    expect(el.querySelectorAll('a[href^="javascript:"], a[href^="data:"]')).toHaveLength(0);
    for (const node of el.querySelectorAll('*'))
      for (const attr of node.attributes) expect(attr.name.startsWith('on')).toBe(false);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('makes curated entities named in the card open their own card', () => {
    const opened: string[] = [];
    const el = document.createElement('div');
    document.body.append(el);
    act(() =>
      createRoot(el).render(
        <EntityFacts entity={entity()} language="en" onOpenEntity={(id) => opened.push(id)} />,
      ),
    );
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Alibaba Cloud')!;
    act(() => button.click());
    expect(opened).toEqual(['alibaba-cloud']);
    expect([...el.querySelectorAll('button')].some((b) => b.textContent === 'Some Fund')).toBe(false);
  });

  it('uses the Arabic UI strings and the Arabic summary', () => {
    const el = render(entity(), 'ar');
    expect(el.textContent).toContain('مختبر ذكاء اصطناعي.');
    expect(el.textContent).toContain('العقوبات وضوابط التصدير');
  });
});
