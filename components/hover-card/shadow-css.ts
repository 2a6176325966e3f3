/**
 * Makes Tailwind 4 output work inside a shadow root without touching the page:
 * - `@property` rules only register at document level (WXT would add a <style> to the page's
 *   <head>, TOOLCHAIN P5); they are replaced by the same initial values declared on every
 *   element of the shadow tree, which is all the utilities need;
 * - `:root` becomes `:host`;
 * - `rem` becomes `px` (16 px per rem), so the page's root font size cannot resize the card (P3).
 */
export function shadowSafeCss(css: string): string {
  const initials: string[] = [];
  const withoutProperties = css.replace(
    /@property\s+(--[\w-]+)\s*\{([^}]*)\}/g,
    (_, name: string, body: string) => {
      const initial = /initial-value\s*:\s*([^;]+);?/.exec(body)?.[1]?.trim();
      if (initial !== undefined) initials.push(`${name}: ${initial};`);
      return '';
    },
  );
  const rooted = withoutProperties.replace(/:root\b/g, ':host');
  const px = rooted.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${Number(n) * 16}px`);
  return initials.length ? `${px}\n:host, *, ::before, ::after { ${initials.join(' ')} }` : px;
}
