// The rule catalogue: every problem the checker can report, by id, with what it means, its usual fix and its severity.
// A problem names its rule; the rule decides whether it fails the check. CONTRIBUTING's table lists these (tested).

export interface Rule {
  severity: 'error' | 'warning';
  /** What the problem means, as its message says it. */
  message: string;
  /** The usual fix (a problem's own hint may be more precise). */
  hint: string;
}

export const RULES = {
  // Files under content/
  'files/symlink': { severity: 'error', message: 'symbolic links are not allowed in content/', hint: 'replace the link with the file itself' },
  'files/not-plain': { severity: 'error', message: 'only plain files may be in content/', hint: 'delete it' },
  'files/unknown-folder': { severity: 'error', message: 'a folder of content/ that is not a collection', hint: 'entries go in content/<collection>/<id>.<ext>' },
  'files/top-level': { severity: 'error', message: 'a file directly in content/', hint: 'entries go in content/<collection>/<id>.<ext>' },
  'files/sub-folder': { severity: 'error', message: 'an entry in a sub-folder of its collection', hint: 'move it to content/<collection>/<id>.<ext>' },
  'files/hidden': { severity: 'error', message: 'a hidden file (name starting with ".")', hint: 'delete it' },
  'files/wrong-extension': { severity: 'error', message: "a file whose extension is not its collection's", hint: 'rename it to <id>.mdx or <id>.yaml as the collection requires' },
  'files/invalid-id': { severity: 'error', message: 'a file name that is not a valid id', hint: 'use lower-case letters, digits and hyphens' },
  'files/too-large': { severity: 'error', message: 'an entry over the size limit', hint: 'split it into several entries' },
  // Text and YAML
  'text/invisible-character': { severity: 'error', message: 'an invisible or control character (bidi control, zero-width…)', hint: 'delete it' },
  'yaml/syntax': { severity: 'error', message: 'YAML that cannot be parsed', hint: 'check indentation, colons and quotes on this line' },
  'yaml/alias': { severity: 'error', message: 'a YAML alias (*name)', hint: 'write the value out in full where it is used' },
  'yaml/anchor': { severity: 'error', message: 'a YAML anchor (&name)', hint: 'delete the anchor' },
  'yaml/merge-key': { severity: 'error', message: 'a YAML merge key (<<)', hint: 'write each field out in full' },
  'yaml/tag': { severity: 'error', message: 'a YAML tag (!!type)', hint: 'delete the tag' },
  // Fields
  'schema/unknown-field': { severity: 'error', message: 'a field the collection does not have', hint: 'fix its spelling (the hint says the nearest field) or delete it' },
  'schema/missing-field': { severity: 'error', message: 'a required field is missing', hint: 'add it (npm run new writes every field)' },
  'schema/placeholder': { severity: 'error', message: 'a field still holds the scaffold\'s placeholder', hint: 'fill it in' },
  'schema/invalid-value': { severity: 'error', message: 'a field whose value is not allowed', hint: 'the hint lists the allowed values or form' },
  'entry/unknown-id': { severity: 'error', message: 'a field names an entry that does not exist', hint: 'fix the id (the hint says the nearest) or create the entry' },
  // MDX bodies
  'mdx/no-frontmatter': { severity: 'error', message: 'an MDX file without frontmatter', hint: 'start the file with "---", the YAML fields, and "---"' },
  'mdx/syntax': { severity: 'error', message: 'MDX that cannot be parsed', hint: 'a "<" or "{" starts a component or expression in MDX; write \\< or \\{' },
  'mdx/placeholder': { severity: 'error', message: 'a body paragraph still starting "FILL:"', hint: 'replace it with your own text' },
  'mdx/import-export': { severity: 'error', message: '`import` or `export` in content', hint: 'delete it: content never runs code' },
  'mdx/expression': { severity: 'error', message: 'a `{…}` JavaScript expression in content', hint: 'write \\{ for a literal brace' },
  'mdx/raw-html': { severity: 'error', message: 'raw HTML in content', hint: 'use Markdown instead' },
  'mdx/forbidden-element': { severity: 'error', message: 'an element or fragment that is not on the allowlist', hint: 'use Markdown, or one of <Claim>, <Recommendation>, <Editorial>, <abbr>, <sub>, <sup>, <br>, <kbd>' },
  'mdx/forbidden-attribute': { severity: 'error', message: 'an attribute the element does not allow', hint: 'delete it' },
  'mdx/expression-attribute': { severity: 'error', message: 'an attribute given by a JavaScript expression or spread', hint: 'write attribute="text"' },
  'mdx/attribute-without-value': { severity: 'error', message: 'an attribute without a value', hint: 'write attribute="…"' },
  'mdx/url-scheme': { severity: 'error', message: 'a link whose URL scheme is not http, https or mailto', hint: 'link to an http(s) page or a relative path' },
  'mdx/image-target': { severity: 'error', message: 'an image that is neither http(s) nor a picture in /images/', hint: 'use https://… or /images/<name>.png|jpg|jpeg|gif|webp|avif' },
  'element/unknown-id': { severity: 'error', message: 'a <Claim> or <Recommendation> naming an entry that does not exist', hint: 'fix the id or create the entry' },
  // Citations
  'citation/unknown-reference': { severity: 'error', message: 'a citation of a reference that does not exist', hint: 'fix the id (the hint says the nearest) or add the reference' },
  'citation/unreadable-bracket': { severity: 'error', message: 'a bracket holding a citation key that cannot be read as a citation', hint: 'one key per item, items separated by semicolons: [@a, p. 3; @b]' },
  // Entries
  'claim/no-source': { severity: 'error', message: 'a claim that cites no source', hint: 'add a source with its locator and exact quote' },
  'recommendation/no-claim': { severity: 'error', message: 'a recommendation resting on no claim', hint: 'list the claims it rests on under claims:' },
  'recommendation/missing-guideline': { severity: 'error', message: 'a guideline-based recommendation that names no guideline', hint: 'add guideline: <reference id>' },
  'recommendation/not-a-guideline': { severity: 'error', message: 'a recommendation\'s guideline: that is not a guideline or consensus statement', hint: 'name the guideline, or change basis:' },
  'recommendation/strong-needs-justification': { severity: 'error', message: 'a strong recommendation on low or very low certainty without a GRADE justification', hint: 'justification: { situation: <one of GRADE\'s five paradigmatic situations>, reasoning: "…" }, or make it conditional' },
  'recommendation/wording': { severity: 'error', message: 'wording that does not match the strength ("we recommend", "must" are strong; "we suggest", "consider" conditional)', hint: 'use the GRADE wording of its strength' },
  'recommendation/certainty-words': { severity: 'error', message: "a rationale whose own rating of the evidence differs from certainty:", hint: 'make them agree; report a source\'s rating as theirs' },
  'reference/no-identifier': { severity: 'error', message: 'a reference with no DOI, PMID or URL', hint: 'copy the DOI or PMID from the record you verified' },
  'reference/malformed-doi': { severity: 'error', message: 'a DOI that cannot be one', hint: 'write the bare DOI, starting "10."' },
  'reference/duplicate-doi': { severity: 'error', message: 'a DOI another reference already has', hint: 'cite the other reference and delete this one' },
  'reference/malformed-pmid': { severity: 'error', message: 'a PMID that is not 1 to 8 digits', hint: 'copy the PMID from its PubMed record' },
  'reference/verified-in-future': { severity: 'error', message: 'a verified.date after today', hint: 'write the date you read the record' },
  'reference/duplicate-pmid': { severity: 'error', message: 'a PMID another reference already has', hint: 'cite the other reference and delete this one' },
  'article/related-to-itself': { severity: 'error', message: 'an article listed in its own related:', hint: 'remove it' },
  'article/related-one-way': { severity: 'warning', message: 'a related: link the other article does not return', hint: 'list each other under related:' },
  'article/approved-without-reviewer': { severity: 'error', message: 'an approved article that names no clinical reviewer', hint: 'add the reviewer, or keep status: draft' },
  'article/reviewed-without-reviewer': { severity: 'error', message: 'last_reviewed set with no reviewer named', hint: 'remove last_reviewed until a named clinician has reviewed it' },
  'red-flag/not-guidance': { severity: 'error', message: "a red flag whose source is not a guidance record", hint: 'quote the NHS, NICE or other guidance page that sets its tier (evidence: health service advice, guideline or consensus statement)' },
  'red-flag/vague-phrase': { severity: 'error', message: 'a red-flag phrase with fewer than two words the matcher can use', hint: 'say what and where, in two or more words' },
  'article/cites-nothing': { severity: 'error', message: 'an article that cites nothing and places no claim or recommendation', hint: 'cite a source or place a claim' },
  'review/overdue': { severity: 'warning', message: 'a review date that has passed', hint: 're-review, then set the next date' },
  // Substance
  'figure/claim': { severity: 'error', message: "a figure in a claim's statement that no quote of its sources gives", hint: 'quote the figure as the source gives it, or remove it' },
  'figure/recommendation': { severity: 'error', message: 'a figure in a recommendation that no quote of its claims gives', hint: 'rest it on the claim that quotes the figure, or remove it' },
  'figure/article': { severity: 'error', message: 'a figure in a bottom line or get-help item that no quote of the placed claims gives', hint: 'place the claim that quotes it, or remove it' },
  'figure/body': { severity: 'error', message: 'a figure in a body paragraph that no quote of its claims or cited sources gives', hint: 'cite the source in the paragraph or place the claim after it, or remove it' },
  'figure/outcome': { severity: 'error', message: "a number in a claim's outcome data (estimate, interval, participants, studies, baseline risk) that no quote gives", hint: 'quote the passage that gives it, or correct the number to the one the record gives' },
  'outcome/certainty': { severity: 'error', message: "an outcome's certainty rating that its GRADE judgements do not give", hint: 'write the rating the judgements give, or change the judgements' },
  'substance/universal-negative': { severity: 'error', message: 'a universal negative ("no study has…") outside the editors\' voice', hint: 'say who searched and found none, with the citation, or "we found none in <search>"' },
  'quote/not-in-record': { severity: 'error', message: "a quote not found in the record text its reference stores", hint: 'copy it exactly from the record (the hint shows the closest sentence)' },
  'quote/unverified': { severity: 'warning', message: 'a quote whose reference stores no record text to check it against', hint: "add the record's abstract: or the passage under excerpts:" },
  // Safety: triage and audiences (src/lib/rules/)
  'triage/under-triaged': { severity: 'error', message: 'a red flag written in a lower tier than its guidance requires, or beside a waiting word', hint: 'move it to the tier its red flag names' },
  'triage/action-in-item': { severity: 'error', message: 'a get-help item that says what to do (the tier says it)', hint: 'write the sign only; move it to the tier whose action it needs' },
  'triage/missing-red-flag': { severity: 'error', message: "an article whose conditions have emergency red flags and that shows none of them", hint: 'add their signs under get_help.emergency' },
  'audience/patient-omits-exclusion': { severity: 'error', message: 'a patient line that leaves out a condition the clinician line or a placed recommendation excludes', hint: 'name who it is not for in everyday words' },
  'prose/unsourced': { severity: 'warning', message: "a paragraph or list item that states something without a source or the editors' voice", hint: 'cite it, place its claim after it, or wrap framing in <Editorial>' },
  'patient/undefined-abbreviation': { severity: 'error', message: 'an abbreviation in patient text that is neither everyday nor written out', hint: 'write it out, with the abbreviation in brackets the first time' },
  'readability/patient': { severity: 'warning', message: 'patient-facing text above the reading age', hint: 'shorter sentences and everyday words' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Every rule id, in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
