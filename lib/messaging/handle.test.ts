import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages } from './handle';

interface TestMessages {
  'siyaq:echo': { request: { value: number }; response: { doubled: number } };
  'siyaq:fail': { request: Record<string, never>; response: never };
}

describe('handleMessages', () => {
  it('dispatches by type and returns the async response', async () => {
    handleMessages<TestMessages>({
      'siyaq:echo': async ({ value }) => ({ doubled: value * 2 }),
      'siyaq:fail': () => {
        throw new Error('boom');
      },
    });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'siyaq:echo', value: 21 })).resolves.toEqual({
      doubled: 42,
    });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'siyaq:fail' })).resolves.toEqual({
      ok: false,
      error: 'boom',
    });
  });

  it('stops answering once removed', async () => {
    const remove = handleMessages<TestMessages>({
      'siyaq:echo': ({ value }) => ({ doubled: value }),
      'siyaq:fail': () => ({}) as never,
    });
    remove();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'siyaq:echo', value: 1 })).rejects.toThrow();
  });
});
