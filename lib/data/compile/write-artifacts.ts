/** Serialises artifacts to `data/generated/` and measures them (Node only). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Artifact } from '../artifact';
import type { CompiledArtifacts } from './build-artifacts';

/** Output file name of each artifact; other code (matcher compiler, background) depends on these. */
export const ARTIFACT_FILES: Record<keyof CompiledArtifacts, string> = {
  namesSource: 'names-source.json',
  listNamesSource: 'list-names-source.json',
  details: 'details.json',
  listedIndex: 'listed-index.json',
};

export interface ArtifactSize {
  file: string;
  kind: string;
  raw: number;
  gzip: number;
  entities: number;
}

/** The exact bytes written for an artifact (compact JSON). */
export function serializeArtifact(artifact: Artifact<unknown>): string {
  return JSON.stringify(artifact);
}

/** Sizes without writing (used by `data:stats` and tests). */
export function measureArtifacts(artifacts: CompiledArtifacts): ArtifactSize[] {
  return (Object.keys(ARTIFACT_FILES) as (keyof CompiledArtifacts)[]).map((key) => {
    const text = serializeArtifact(artifacts[key]);
    const payload = artifacts[key].payload as { entities?: unknown[] };
    return {
      file: ARTIFACT_FILES[key],
      kind: artifacts[key].header.kind,
      raw: Buffer.byteLength(text),
      gzip: gzipSync(text).length,
      entities: payload.entities?.length ?? 0,
    };
  });
}

/** Writes every artifact into `outDir` and returns the sizes. */
export function writeArtifacts(artifacts: CompiledArtifacts, outDir: string): ArtifactSize[] {
  mkdirSync(outDir, { recursive: true });
  for (const key of Object.keys(ARTIFACT_FILES) as (keyof CompiledArtifacts)[]) {
    writeFileSync(join(outDir, ARTIFACT_FILES[key]), serializeArtifact(artifacts[key]));
  }
  return measureArtifacts(artifacts);
}

/** `12.3 KB`-style size. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}
