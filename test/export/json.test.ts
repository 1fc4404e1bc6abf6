// JSON export: graphology's own format, reloaded by graphology into an identical graph.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { chunksToText, json } from '../../src/export/index.js';
import { graphOf } from '../helpers.js';

describe('graph.json', () => {
  it('is exactly graph.export() and imports back into an identical graph', async () => {
    const g = await graphOf('test/fixtures/mini');
    const text = chunksToText(json(g, { chunk: 100 }));
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(g.export())));
    const back = new Graph({ type: 'directed', multi: true });
    back.import(parsed);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes('v1')).toEqual(g.getNodeAttributes('v1'));
    expect(back.getEdgeAttributes('v1->adopts->yarn')).toEqual(g.getEdgeAttributes('v1->adopts->yarn'));
  });

  it('carries kind, label, position, colour, size, typed facts and their claims', async () => {
    const g = await graphOf('test/fixtures/mini');
    const v1 = JSON.parse(chunksToText(json(g))).nodes.find((n: { key: string }) => n.key === 'v1').attributes;
    expect(v1).toMatchObject({
      kind: 'version',
      label: 'Model 1',
      labels: { en: 'Model 1', zh: '模型1' },
      color: '#d55e00', // the colour of its family, the first in id order
      released: '2024-01-15',
      vocabulary: 151646,
      flagship_params: 57e9,
      flagship_params_active: 14e9,
      family: 'fam',
      since: '2024-01-15',
      conflicts: ['vocabulary'],
    });
    expect(typeof v1.x).toBe('number');
    expect(v1.claims.vocabulary).toEqual([
      { value: 151646, text: '151,646', sources: ['report-a'], status: 'preferred' },
      { value: 148000, text: '148K', sources: ['blog'], status: 'disputed', note: 'rounding', quote: '148K' },
    ]);
  });
});
