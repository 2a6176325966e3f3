import { describe, expect, it } from 'vitest';
import { stampArtifact, verifyArtifact } from './artifact';

describe('verifyArtifact', () => {
  const artifact = () => stampArtifact('matcher', 3, { names: ['Alibaba'] });

  it('returns the payload of a matching artifact', () => {
    expect(verifyArtifact(artifact(), 'matcher', 3)).toEqual({ names: ['Alibaba'] });
  });

  it('names the mismatch: kind, version, checksum', () => {
    expect(() => verifyArtifact(artifact(), 'details', 3)).toThrow('of kind "matcher"');
    expect(() => verifyArtifact(artifact(), 'matcher', 4)).toThrow('format version 3, expected 4');
    const edited = artifact();
    edited.payload.names.push('Tencent');
    expect(() => verifyArtifact(edited, 'matcher', 3)).toThrow(/checksum .* does not match/);
    expect(() => verifyArtifact({}, 'matcher', 3)).toThrow('not a Siyaq data artifact');
  });

  it('skips only the checksum when told to (an artifact bundled and verified at build time)', () => {
    const edited = artifact();
    edited.payload.names.push('Tencent');
    expect(verifyArtifact(edited, 'matcher', 3, { checksum: false })).toEqual({
      names: ['Alibaba', 'Tencent'],
    });
    expect(() => verifyArtifact(edited, 'matcher', 4, { checksum: false })).toThrow('format version');
  });
});
