// The MDX policy: content is plain prose plus our own components; anything that could run code is refused.
import type { Root, Nodes } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { RuleId } from '../problems/rules.ts';

export interface PolicyViolation {
  rule: RuleId;
  /** File offset where the offending construct starts. */
  offset: number;
  message: string;
  hint: string;
}

/** Elements an editor may write, with the attributes each may carry. Everything else is refused. */
const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  Claim: ['id'],
  Recommendation: ['id'],
  Editorial: [],
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
  kbd: [],
};

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The only image targets: a file of an image type in the site's one images folder (public/images/, served as-is).
 * A relative path would become a module import in the build, and a remote image is blocked by the CSP; both are refused.
 */
const IMAGE_PATH = /^\/images\/[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.(?:png|jpe?g|gif|webp|avif)$/;

const IMAGE_HINT = 'put the image in public/images/ and write ![what it shows](/images/name.png) (png, jpg, gif, webp or avif)';

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&', nbsp: ' ' };

/** Decodes percent-escapes and HTML character references (repeatedly, so double encodings unwrap). */
function decodeUrl(url: string): string {
  let current = url;
  for (let round = 0; round < 5; round++) {
    let next = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(parseInt(d, 10), 0x10ffff)))
      .replace(/&([a-z]+);?/gi, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m);
    next = next.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The scheme a browser would see for this URL, lower-cased, after decoding entities and
 * percent-escapes and dropping whitespace and control characters; undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = decodeUrl(url).replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g, '').toLowerCase();
  const m = /^([^/?#]*?):/.exec(cleaned);
  return m ? m[1] : undefined;
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

function offsetOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

/** Checks a parsed MDX tree against the policy; returns every violation, never alters the tree. */
export function checkMdxPolicy(tree: Root): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  const image = (node: Nodes, url: string) => {
    // (a URL of a refused scheme is reported once, as such)
    if (!IMAGE_PATH.test(url) && isSafeUrl(url)) out.push({ rule: 'mdx/image-target', offset: offsetOf(node), message: `image target "${url}" is not allowed`, hint: IMAGE_HINT });
  };
  visit(tree, (visited) => {
    const node = visited as Nodes;
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({
          rule: 'mdx/import-export',
          offset: offsetOf(node),
          message: '`import`/`export` is not allowed in content',
          hint: 'components are provided by the site; delete this line and use <Claim id="…" /> or <Recommendation id="…" /> directly',
        });
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({
          rule: 'mdx/expression',
          offset: offsetOf(node),
          message: 'a `{…}` JavaScript expression is not allowed in content',
          hint: 'write plain text; to show a literal brace write \\{ ; MDX comments {/* */} are expressions too, remove them',
        });
        return SKIP;
      case 'html':
        out.push({ rule: 'mdx/raw-html', offset: offsetOf(node), message: 'raw HTML is not allowed in content', hint: 'use Markdown instead' });
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        const allowed = name === null ? undefined : ALLOWED_ELEMENTS[name];
        if (allowed === undefined) {
          out.push({
            rule: 'mdx/forbidden-element',
            offset: offsetOf(node),
            message: name === null ? 'a JSX fragment `<>` is not allowed in content' : `element <${name}> is not allowed in content`,
            hint: `allowed elements: ${Object.keys(ALLOWED_ELEMENTS).map((e) => `<${e}>`).join(', ')}`,
          });
        }
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            out.push({
              rule: 'mdx/expression-attribute',
              offset: offsetOf(attr) || offsetOf(node),
              message: `a spread or expression attribute \`{${attr.value}}\` is not allowed`,
              hint: 'write each attribute as name="text"',
            });
            continue;
          }
          if (allowed !== undefined && !allowed.includes(attr.name)) {
            out.push({
              rule: 'mdx/forbidden-attribute',
              offset: offsetOf(attr) || offsetOf(node),
              message: `attribute "${attr.name}" is not allowed on <${name}>`,
              hint: allowed.length ? `<${name}> takes only: ${allowed.join(', ')}` : `<${name}> takes no attributes`,
            });
          }
          if (attr.value !== null && typeof attr.value === 'object') {
            out.push({
              rule: 'mdx/expression-attribute',
              offset: offsetOf(attr) || offsetOf(node),
              message: `attribute "${attr.name}" has a JavaScript expression as its value`,
              hint: `write it as ${attr.name}="text"`,
            });
          } else if (attr.value === null && allowed?.includes(attr.name)) {
            out.push({ rule: 'mdx/attribute-without-value', offset: offsetOf(attr) || offsetOf(node), message: `attribute "${attr.name}" has no value`, hint: `write ${attr.name}="…"` });
          }
        }
        break;
      }
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined) image(node, url);
        break;
      }
      case 'image':
        image(node, node.url);
      // falls through: an image's URL is a URL too
      case 'link':
      case 'definition':
        if (!isSafeUrl(node.url)) {
          out.push({
            rule: 'mdx/url-scheme',
            offset: offsetOf(node),
            message: `URL scheme "${urlScheme(node.url)}:" is not allowed`,
            hint: 'links may use http, https, mailto or a relative path',
          });
        }
        break;
    }
  });
  return out;
}
