// Minimal types for the parts of citation-js we use (the packages ship none).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  /** The plugin registry; input.chain parses any registered input format to CSL-JSON. */
  export const plugins: {
    input: { chain(data: unknown, options?: Record<string, unknown>): unknown; chainLink(data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
