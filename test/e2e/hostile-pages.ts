// Generators for the hostile and heavy pages of the page-safety tests. Each returns the HTML of
// one page; the tests write them under test-results/generated-pages/, which the page server
// serves at /generated/. Text is news-like and full of company names in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';

const SENTENCES = [
  'Alibaba Cloud and Tencent are racing to fund Chinese AI start-ups such as Moonshot AI and Zhipu.',
  'Nvidia said its H20 sales to China depend on licences, while Huawei ramps up its own chips.',
  'قادت مجموعة علي بابا جولة تمويل في مون شوت، بينما تستثمر تينسنت في ميني ماكس.',
  'حصلت جي 42 على استثمار من مايكروسوفت، وتبني خزنة مراكز بيانات في أبوظبي.',
  'The Public Investment Fund launched Humain, which buys chips from Nvidia and AMD.',
  'أعلنت هيوماين شراكة مع أمازون ويب سيرفيسز، فيما تعتمد ديب سيك على رقائق إنفيديا.',
  'SMIC and YMTC remain central to Beijing’s plans as export controls tighten.',
  'The weather was mild and the market closed slightly higher on Tuesday.',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same page. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** News-like text of about `chars` characters. */
export function newsText(chars: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)]!;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

export const HOSTILE_PAGES: Record<string, () => string> = {
  'one-huge-text-node': () => page('1M characters', `<p>${newsText(1_000_000)}</p>`),
  'many-small-text-nodes': () => {
    // 100,000 text nodes: 20,000 paragraphs of 5 spans each.
    const words = newsText(2_000_000, 2).split(' ');
    const paragraphs: string[] = [];
    let w = 0;
    for (let p = 0; p < 20_000; p++) {
      const spans: string[] = [];
      for (let s = 0; s < 5; s++) spans.push(`<span>${words[w++ % words.length]} </span>`);
      paragraphs.push(`<p>${spans.join('')}</p>`);
    }
    return page('100k text nodes', paragraphs.join('\n'));
  },
  'deep-nesting': () => {
    const depth = 5000;
    return page(
      '5k deep',
      `${'<div>'.repeat(depth)}<p>${newsText(400, 3)}</p>${'</div>'.repeat(depth)}<p>${newsText(300, 4)}</p>`,
    );
  },
  'open-shadow-roots': () =>
    page(
      'shadow roots',
      `<p>${newsText(300, 5)}</p>
       <div id="host1"><template shadowrootmode="open"><p>${newsText(300, 6)}</p></template></div>
       <div id="host2"></div>
       <script>document.getElementById('host2').attachShadow({ mode: 'open' }).innerHTML = '<p>Microsoft and G42 signed a deal with Nvidia.</p>';</script>`,
    ),
  'same-origin-iframes': () =>
    page(
      'iframes',
      `<p>${newsText(400, 7)}</p><iframe srcdoc="<p>Huawei and SMIC in a frame.</p>"></iframe><iframe src="/generated/deep-nesting.html"></iframe>`,
    ),
  'csp-no-inline-styles': () => page('CSP', `<p>${newsText(2000, 8)}</p>`),
  'page-styles-highlights': () =>
    page(
      'page highlights',
      `<p id="own">${newsText(1500, 9)}</p>
       <script>
         const r = new Range(); const t = document.getElementById('own').firstChild; r.setStart(t, 0); r.setEnd(t, 20);
         CSS.highlights.set('page-own', new Highlight(r));
       </script>`,
      `<style>::highlight(page-own){background:yellow;color:black} ::highlight(siyaq-mention){color:red}</style>`,
    ),
  'body-churn': () =>
    page(
      'SPA churn',
      `<p>${newsText(500, 10)}</p>
       <script>
         let n = 0;
         const timer = setInterval(() => {
           n++;
           document.body.innerHTML = '<p>Update ' + n + ': ' + ${JSON.stringify(SENTENCES.slice(0, 6))}[n % 6] + '</p><p>' + ${JSON.stringify(SENTENCES.slice(2, 8))}[(n * 5) % 6] + '</p>';
           if (n >= 50) { clearInterval(timer); document.title = 'churn done'; }
         }, 200);
       </script>`,
    ),
};

export const GENERATED_DIR = 'test-results/generated-pages';

/** Writes every hostile page to disk once per test run. */
export function writeHostilePages(): void {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, build] of Object.entries(HOSTILE_PAGES)) writeFileSync(`${GENERATED_DIR}/${name}.html`, build());
}
