import { afterEach, describe, expect, it } from 'vitest';
import { extractBlocks, splitBlock } from './block-text';
import { observeMutations, pageChangeCount, textChangedSince } from './observe-mutations';

/** Observer callbacks are microtasks: one macrotask later they have run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pageChangeCount', () => {
  const controller = new AbortController();
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('moves when the page changes text or children, and not for Siyaq’s own card host', async () => {
    document.body.innerHTML = '<p>Alibaba and <b>Tencent</b></p>';
    observeMutations(document.body, controller.signal, () => {});
    const start = pageChangeCount();
    await nextTask();
    expect(pageChangeCount()).toBe(start);

    (document.querySelector('b')!.firstChild as Text).data = 'Baidu';
    await nextTask();
    const afterText = pageChangeCount();
    expect(afterText).toBeGreaterThan(start);

    document.body.append(document.createElement('p'));
    await nextTask();
    const afterChild = pageChangeCount();
    expect(afterChild).toBeGreaterThan(afterText);

    // Changes inside the card's host are Siyaq's own: they do not make extracted text stale.
    const host = document.createElement('siyaq-card');
    document.body.append(host);
    await nextTask();
    const afterHost = pageChangeCount();
    host.append(document.createElement('div'));
    await nextTask();
    expect(pageChangeCount()).toBe(afterHost);
    controller.abort();
  });

  it('tells which text nodes changed after a count, and only those', async () => {
    const controller = new AbortController();
    document.body.innerHTML = '<p>Moonshot <b>AI</b> raised money from <a href="#">Alibaba</a> Cloud.</p>';
    observeMutations(document.body, controller.signal, () => {});
    const [moonshot, ai] = [
      document.querySelector('p')!.firstChild as Text,
      document.querySelector('b')!.firstChild as Text,
    ];
    const matchedAt = pageChangeCount();
    expect(textChangedSince(ai, matchedAt)).toBe(false);
    ai.data = 'Al';
    await nextTask();
    expect(textChangedSince(ai, matchedAt)).toBe(true);
    expect(textChangedSince(moonshot, matchedAt)).toBe(false);
    // Checked again after the change: unchanged since.
    const checkedAt = pageChangeCount();
    expect(textChangedSince(ai, checkedAt)).toBe(false);
    // Written back to the same characters still counts as a change (the block is read again).
    ai.data = 'AI';
    await nextTask();
    expect(textChangedSince(ai, checkedAt)).toBe(true);
    controller.abort();
  });

  it("sees when the page changed the text node of a huge block's piece", async () => {
    const controller = new AbortController();
    document.body.innerHTML = `<p>${'Nvidia sells chips. '.repeat(20)}</p>`;
    observeMutations(document.body, controller.signal, () => {});
    const [block] = extractBlocks(document);
    const [first] = splitBlock(block!, 100);
    const extractedAt = pageChangeCount();
    first!.segments[0]!.node.data = 'changed';
    await nextTask();
    expect(textChangedSince(first!.segments[0]!.node, extractedAt)).toBe(true);
    controller.abort();
  });
});
