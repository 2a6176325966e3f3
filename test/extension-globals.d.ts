// Code passed to `evaluate()` in e2e tests runs inside extension contexts, where `chrome` is the
// extension API. Type it as WXT's browser API so the tests typecheck without @types/chrome.
declare const chrome: typeof import('wxt/browser').browser;
