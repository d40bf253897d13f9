// The table of contents of a long article: its second-level headings, once there are enough to need one.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Articles with at least this many sections get a table of contents. */
export const TOC_MIN_SECTIONS = 3;

export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug);
  return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}
