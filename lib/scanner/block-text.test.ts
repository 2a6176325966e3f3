import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractBlocks, type BlockTextOptions } from './block-text';

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
});
