import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

/** Fixed add-on id: Firefox MV3 requires one, and the e2e tests pin the moz-extension UUID to it. */
export const GECKO_ID = 'siyaq@siyaq.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: readers see the dependency graph (docs/STYLE.md §3.1).
  imports: false,
  // Parallel work (several builds and browser tests at once) can give each its own output folder.
  outDir: process.env.SIYAQ_OUT_DIR ?? '.output',
  // MV3 everywhere: Chrome requires it, and Firefox MV3 gives the same `action` and manifest shape.
  manifestVersion: 3,
  // SIYAQ_NO_MINIFY=1 keeps function names readable in CPU profiles (scripts/profile-page.ts).
  vite: () => ({ plugins: [tailwindcss()], build: process.env.SIYAQ_NO_MINIFY ? { minify: false } : {} }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Siyaq',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-site switches (browser.storage.local). scripting: the hover card's
    // script is injected into a page when it first shows a card (lib/background/page-handlers.ts),
    // so pages that never show one do not compile it.
    permissions: ['storage', 'scripting'],
    // Injecting a script needs host access; these are the pages the content script already runs
    // on, so the browser asks for nothing new.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Keyboard: step through the page's mentions (forwarded to the tab by lib/background/commands.ts).
    commands: {
      'siyaq-next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_pageCommandNextMention__',
      },
      'siyaq-previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_pageCommandPreviousMention__',
      },
      'siyaq-close-card': { description: '__MSG_pageCommandCloseCard__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The CSS Custom Highlight API ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is what Firefox reviewers rebuild from: code, records and list snapshots,
    // but nothing generated or produced by test runs.
    excludeSources: ['artifacts/**', 'test-results/**', 'data/generated/**', '.ci/**'],
  },
  hooks: {
    // WXT takes the popup's <title> as the toolbar tooltip; use the localized name instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
  },
});
