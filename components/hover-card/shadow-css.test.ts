import { describe, expect, it } from 'vitest';
import { shadowSafeCss } from './shadow-css';

describe('shadowSafeCss', () => {
  it('turns @property rules into initial values on the shadow tree, so nothing goes to the page', () => {
    const css = `@property --tw-shadow { syntax: "*"; inherits: false; initial-value: 0 0 #0000; }
@property --tw-ring-inset { syntax: "*"; inherits: false }
.shadow-xl { box-shadow: var(--tw-shadow); }`;
    const out = shadowSafeCss(css);
    expect(out).not.toContain('@property');
    expect(out).toContain(':host, *, ::before, ::after { --tw-shadow: 0 0 #0000; }');
    expect(out).toContain('.shadow-xl');
  });

  it('scopes :root to :host and converts rem to px', () => {
    expect(shadowSafeCss(':root { --spacing: 0.25rem; } .p-3 { padding: 1.5rem; margin: -2rem }')).toBe(
      ':host { --spacing: 4px; } .p-3 { padding: 24px; margin: -32px }',
    );
  });
});
