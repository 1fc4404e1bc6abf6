/**
 * Search: suggestions by label (every language), display name, id and alias:
 * exact, then prefix, then word prefix, then substring; better connected
 * nodes first. Pure (no DOM).
 */
import { labelOf, type ViewGraph } from './normalise.js';

export interface Suggestion {
  id: string;
  label: string;
  kind: string;
  /** The text that matched when it is not the label (an alias, the id, another language). */
  via?: string;
}

interface Entry {
  id: string;
  texts: { text: string; low: string; primary: boolean }[];
  degree: number;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Suggestions by label (every language), id and alias: exact, then prefix, then word prefix, then substring. */
export class SearchIndex {
  private entries: Entry[] = [];

  constructor(private graph: ViewGraph) {
    graph.forEachNode((id, a) => {
      const texts: Entry['texts'] = [];
      const add = (text: string, primary: boolean) => {
        if (text && !texts.some((t) => t.text === text)) texts.push({ text, low: fold(text), primary });
      };
      if (a.display) add(a.display, true);
      add(a.label, true);
      for (const l of Object.values(a.labels)) add(l, true);
      for (const al of a.aliases) add(al, false);
      add(id, false);
      this.entries.push({ id, texts, degree: graph.degree(id) });
    });
  }

  search(query: string, lang = 'en', limit = 8): Suggestion[] {
    const q = fold(query.trim());
    if (!q) return [];
    const scored: { s: number; e: Entry; via: string | undefined }[] = [];
    for (const e of this.entries) {
      let best = 0;
      let via: string | undefined;
      for (const t of e.texts) {
        let s = 0;
        if (t.low === q) s = 100;
        else if (t.low.startsWith(q)) s = 80;
        else if (t.low.split(/[\s\-_/.()]+/).some((w) => w.startsWith(q))) s = 60;
        else if (t.low.includes(q)) s = 40;
        if (!s) continue;
        if (t.primary) s += 5;
        if (s > best) {
          best = s;
          via = t.primary ? undefined : t.text;
        }
      }
      if (best) scored.push({ s: best, e, via });
    }
    scored.sort((a, b) => b.s - a.s || b.e.degree - a.e.degree || (a.e.id < b.e.id ? -1 : 1));
    return scored.slice(0, limit).map(({ e, via }) => {
      const a = this.graph.getNodeAttributes(e.id);
      const label = labelOf(a, lang);
      return { id: e.id, label, kind: a.kind, ...(via && via !== label ? { via } : {}) };
    });
  }
}
