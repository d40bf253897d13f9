// The shared MDX parser: a body of blanks short-cuts to exactly the tree the full parser gives.
import { describe, it, expect } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { parseMdx, splitFrontmatter } from '../../../src/lib/mdx/pipeline.ts';

const full = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

describe('parseMdx', () => {
  it.each(['', ' ', '\n', '   \n   \n\n  ', ' \r\n  \r\n', '\r', '\r\r\n \n', splitFrontmatter('---\ntitle: "x"\nlist: [a, b]\n---\n').body, splitFrontmatter('---\r\ntitle: x\r\n---\r\n\r\n').body])(
    'gives the full parser\'s tree for the blank body %j',
    (body) => expect(parseMdx(body)).toEqual(full.parse(body)),
  );
  it('parses a body with content in full', () => {
    expect(parseMdx('\n\nText [@a].\n').children[0].type).toBe('paragraph');
  });
});
