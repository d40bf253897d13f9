// Each recommendation's FHIR bundle validates against the schema of the subset we emit (schemas/fhir-ebm-subset.schema.json,
// hand-written from the FHIR R5 resource pages and the EBM IG profiles it names), and every reference in it resolves.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { recommendationFhir } from '../../../src/lib/site/data-files.ts';
import { recommendationSof } from '../../../src/lib/site/sof.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'fhir-ebm-subset.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const model = buildSiteModel(root);

describe('FHIR EBM bundles', () => {
  const bundles = [...model.recommendations.keys()].map((id) => ({ id, file: recommendationFhir(model, id) })).filter((b) => b.file);
  it('exist for every recommendation with SoF rows, one Evidence and one certainty assessment per row', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    for (const { id, file } of bundles) {
      const types = JSON.parse(file!.body).entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
      const rows = recommendationSof(model, id).length;
      expect(types.filter((t: string) => t === 'Evidence')).toHaveLength(rows);
      expect(types.filter((t: string) => t === 'ArtifactAssessment')).toHaveLength(rows);
      expect(types.filter((t: string) => t === 'Composition')).toHaveLength(1);
      expect(types).toContain('Citation');
    }
  });
  it('validate against the vendored subset schema', () => {
    for (const { id, file } of bundles) {
      const ok = validate(JSON.parse(file!.body));
      expect(ok, `${id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
  it('the schema refuses what R5 refuses: a missing status, an unknown element', () => {
    const b = JSON.parse(bundles[0].file!.body);
    const ev = b.entry.find((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Evidence').resource;
    delete ev.status;
    expect(validate(b)).toBe(false);
    ev.status = 'active';
    ev.statistics = [];
    expect(validate(b)).toBe(false);
  });
  it('resolves every reference to an entry of the same bundle', () => {
    for (const { file } of bundles) {
      const b = JSON.parse(file!.body);
      const have = new Set(b.entry.map((e: { resource: { resourceType: string; id: string } }) => `${e.resource.resourceType}/${e.resource.id}`));
      const refs = [...file!.body.matchAll(/"reference": "([^"]+)"/g)].map((m) => m[1]);
      expect(refs.filter((r) => !have.has(r))).toEqual([]);
    }
  });
});
