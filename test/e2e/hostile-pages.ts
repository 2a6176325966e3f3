// Generators for the hostile and heavy pages of the page-safety tests. Each returns the HTML of
// one page; the tests write them under test-results/generated-pages/, which the page server
// serves at /generated/. Text is news-like and full of company names in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { seededRandom } from '../seeded-random';

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
           document.title = n >= 50 ? 'churn done' : 'churn ' + n;
           if (n >= 50) clearInterval(timer);
         }, 200);
       </script>`,
    ),
};

/**
 * The mutation-fuzzing page: a fixed-seed script inserts, removes, edits and moves nodes and text
 * at a high rate (3,000 mutations in ticks of 10 every 2 ms), then stops and sets the title to
 * "fuzz done". The sequence depends only on the seed, so the final DOM is the same with or
 * without the extension.
 */
export function fuzzPage(seed: number): string {
  return page(
    `fuzz ${seed}`,
    `<main id="root"><p>${newsText(400, seed)}</p><p>${newsText(400, seed + 1)}</p></main>
     <script>
       const SENTENCES = ${JSON.stringify(SENTENCES)};
       let a = ${seed} >>> 0;
       const random = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
       const pick = (list) => list[Math.floor(random() * list.length)];
       const root = document.getElementById('root');
       const all = () => [...root.querySelectorAll('*')];
       const texts = () => { const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); const out = []; for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n); return out; };
       const TAGS = ['p', 'span', 'b', 'a', 'div', 'li', 'em'];
       function mutate() {
         const r = random();
         const elements = all();
         if (r < 0.3 || elements.length < 3) {
           const el = document.createElement(pick(TAGS));
           el.textContent = pick(SENTENCES).slice(0, 20 + Math.floor(random() * 60));
           const parent = elements.length ? pick(elements) : root;
           parent.insertBefore(el, random() < 0.5 ? parent.firstChild : null);
         } else if (r < 0.5) {
           const el = pick(elements); if (el !== root) el.remove();
         } else if (r < 0.75) {
           const t = texts(); if (t.length) { const node = pick(t); const s = pick(SENTENCES); node.data = random() < 0.5 ? s.slice(0, 40) : node.data.slice(0, 30) + ' ' + s.slice(10, 50); }
         } else if (r < 0.9) {
           const el = pick(elements); const target = pick(elements);
           if (el !== root && !el.contains(target)) target.appendChild(el);
         } else {
           const t = texts(); if (t.length) { const node = pick(t); if (node.data.length > 10) node.splitText(Math.floor(node.data.length / 2)); }
         }
       }
       let done = 0;
       const timer = setInterval(() => {
         for (let i = 0; i < 10; i++) mutate();
         done += 10;
         if (done >= 3000) { clearInterval(timer); document.title = 'fuzz done'; }
       }, 2);
     </script>`,
  );
}

export const GENERATED_DIR = 'test-results/generated-pages';

/** Seeds of the mutation-fuzzing pages. */
export const FUZZ_SEEDS = [7, 42, 1234];

/** Writes every hostile page to disk once per test run. */
export function writeHostilePages(): void {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, build] of Object.entries(HOSTILE_PAGES))
    writeFileSync(`${GENERATED_DIR}/${name}.html`, build());
  for (const seed of FUZZ_SEEDS) writeFileSync(`${GENERATED_DIR}/fuzz-${seed}.html`, fuzzPage(seed));
}

/**
 * Runs in the page (pass it to `evaluate`): the document's HTML with every open shadow root's
 * content inlined at its host and Siyaq's own card host left out — what a scan should cover.
 */
export function flattenDocumentHtml(): string {
  const clone = (node: Node): Node => {
    const copy = node.cloneNode(false);
    const children =
      node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    for (const child of children)
      if (!(child instanceof Element && child.tagName === 'SIYAQ-CARD')) copy.appendChild(clone(child));
    return copy;
  };
  return `<!DOCTYPE html>${(clone(document.documentElement) as Element).outerHTML}`;
}
