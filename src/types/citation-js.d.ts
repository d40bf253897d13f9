// Minimal types for the parts of citation-js we use (the packages ship none).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
