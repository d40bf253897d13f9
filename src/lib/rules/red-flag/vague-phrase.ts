// red-flag/vague-phrase: an everyday phrase of one word would name a red flag in every text that mentions the word.
import { locatePath } from '../../content/load-content.ts';
import type { RuleModule } from '../rule.ts';

export const vaguePhrase: RuleModule = {
  id: 'red-flag/vague-phrase',
  explanation:
    'The matcher names a red flag where all the words of one of its phrases appear. A lay phrase of one everyday word ("numb") would put every numbness into the red flag\'s tier, so it is left out of matching and refused; a single clinical term in synonyms ("dysarthria") names one thing and may stand.',
  check({ tree, redFlags }, report) {
    for (const f of redFlags) {
      const entry = tree.byCollection['red-flags'].get(f.id)!;
      for (const v of f.vague) {
        report(
          entry,
          locatePath(entry, [v.field, v.index]),
          `"${v.phrase}" has ${v.keys.length === 0 ? 'no word' : 'one word'} the matcher can use${v.keys.length ? ` (${v.keys[0].replace(/^~/, '')})` : ''}: it would match every text that mentions it`,
          'say what and where, in two or more words: "numb between my legs", not "numb down below"',
        );
      }
    }
  },
};
