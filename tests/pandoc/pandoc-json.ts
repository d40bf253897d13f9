// Reads the citations out of Pandoc's JSON AST, in document order, as [id, mode] pairs.

export type PandocMode = 'NormalCitation' | 'AuthorInText' | 'SuppressAuthor';

interface PandocNode {
  t?: string;
  c?: unknown;
}

/** Every Cite's citations in document order; a citation nested in another's prefix or suffix follows it. */
export function pandocCitations(ast: unknown): Array<[string, PandocMode]> {
  const out: Array<[string, PandocMode]> = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) {
      for (const v of x) walk(v);
      return;
    }
    if (!x || typeof x !== 'object') return;
    const node = x as PandocNode;
    if (node.t === 'Cite') {
      const [citations] = node.c as [Array<{ citationId: string; citationMode: { t: PandocMode }; citationPrefix: unknown; citationSuffix: unknown }>];
      for (const c of citations) {
        out.push([c.citationId, c.citationMode.t]);
        walk(c.citationPrefix);
        walk(c.citationSuffix);
      }
      return; // (the Cite's second element is its literal text)
    }
    for (const v of Object.values(x)) walk(v);
  };
  walk(ast);
  return out;
}
