import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  extractBlockSteps,
  extractBlocks,
  splitBlock,
  STEP_NODES,
  type BlockTextOptions,
} from './block-text';

function blocksOf(html: string, options?: BlockTextOptions): string[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(
    `<!doctype html><html><head><title>Alibaba</title></head><body>${html}</body></html>`,
    'text/html',
  ) as unknown as Document;
  return extractBlocks(doc, options).map((b) => b.text);
}

describe('extractBlocks', () => {
  it('joins inline elements with no separator', () => {
    expect(blocksOf('<p><a href="#">Ali</a><b>baba</b> and <mark>Ali</mark>baba<wbr>Cloud</p>')).toEqual([
      'Alibaba and AlibabaCloud',
    ]);
  });

  it('starts a new block at block-level boundaries and keeps <br> as a line break', () => {
    expect(blocksOf('<div>one <p>two</p> three<br>four</div><ul><li>a</li><li>b</li></ul>')).toEqual([
      'one ',
      'two',
      ' three\nfour',
      'a',
      'b',
    ]);
  });

  it('skips non-content elements, form fields, contenteditable and hidden elements', () => {
    const html = `
      <p>keep</p>
      <script>Alibaba</script><style>.x{}</style><noscript>Alibaba</noscript><template><p>Alibaba</p></template>
      <textarea>Alibaba</textarea><input value="Alibaba"><select><option>Alibaba</option></select>
      <div contenteditable="true"><p>Alibaba</p></div><div contenteditable=""><span>Alibaba</span></div>
      <div contenteditable="false"><p>editable-false</p></div>
      <div hidden>Alibaba</div><div aria-hidden="true">Alibaba</div>
      <!-- Alibaba -->
      <p title="Alibaba"><img alt="Alibaba">end</p>`;
    expect(blocksOf(html).map((t) => t.trim())).toEqual(['keep', 'editable-false', 'end']);
  });

  it('honours isHidden and shouldSkip callbacks', () => {
    const html = '<p class="a">one</p><p class="b">two</p><div id="siyaq-host"><p>ui</p></div>';
    expect(
      blocksOf(html, {
        isHidden: (el) => el.classList.contains('a'),
        shouldSkip: (el) => el.id === 'siyaq-host',
      }),
    ).toEqual(['two']);
  });

  it('records segments that map block offsets back to text nodes', () => {
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(
      '<p>x <a>Ali</a><b>baba</b>!</p>',
      'text/html',
    ) as unknown as Document;
    const [block] = extractBlocks(doc);
    expect(block!.text).toBe('x Alibaba!');
    expect(block!.segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['x ', 0, 2],
      ['Ali', 2, 5],
      ['baba', 5, 9],
      ['!', 9, 10],
    ]);
  });

  it('works on an element root and a shadow root', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<section id="s"><p>in</p></section><p>out</p>';
    expect(extractBlocks(doc.getElementById('s')!).map((b) => b.text)).toEqual(['in']);
    const host = doc.createElement('div');
    doc.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>shadow <b>text</b></p>';
    expect(extractBlocks(shadow as unknown as Node).map((b) => b.text)).toEqual(['shadow text']);
  });

  it('extracts in steps of STEP_NODES nodes with the same blocks', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>para <b>${i}</b></p>`).join('');
    const steps = extractBlockSteps(doc.body);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    // 400 × (p, text, b, text) = 1600 nodes
    expect(yields).toBe(Math.floor(1600 / STEP_NODES));
    expect(r.value.map((b) => b.text)).toEqual(extractBlocks(doc.body).map((b) => b.text));
  });
});

describe('splitBlock', () => {
  const blockOf = (html: string) => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = html;
    return extractBlocks(doc.body)[0]!;
  };

  it('keeps a block up to the limit whole', () => {
    const block = blockOf('<p>Alibaba and Tencent.</p>');
    expect(splitBlock(block, 100)).toEqual([block]);
  });

  it('cuts after sentence ends, maps pieces back to node offsets, loses no text', () => {
    const sentence = 'Moonshot AI raised money from Alibaba Cloud. ';
    const block = blockOf(`<p>${sentence.repeat(30)}<b>Tencent</b> ${sentence.repeat(30)}</p>`);
    const pieces = splitBlock(block, 500);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((p) => p.text).join('')).toBe(block.text);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(500);
      expect(p.text.endsWith('. ') || p === pieces[pieces.length - 1]).toBe(true);
      for (const s of p.segments)
        expect(s.node.data.slice(s.offset, s.offset + s.end - s.start)).toBe(p.text.slice(s.start, s.end));
    }
  });

  it('falls back to white space, then to a hard cut', () => {
    const words = blockOf(`<p>${'word '.repeat(300)}</p>`);
    for (const p of splitBlock(words, 100).slice(0, -1)) expect(p.text.endsWith(' ')).toBe(true);
    const solid = blockOf(`<p>${'x'.repeat(250)}</p>`);
    expect(splitBlock(solid, 100).map((p) => p.text.length)).toEqual([100, 100, 50]);
  });
});
