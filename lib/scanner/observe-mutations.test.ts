import { afterEach, describe, expect, it } from 'vitest';
import { observeMutations, pageChangeCount } from './observe-mutations';

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
});
