// reference/verified-in-future: nobody read a record on a day that has not come.
import type { Reference } from '../../content/schemas.ts';
import { locatePath } from '../../content/load-content.ts';
import type { RuleModule } from '../rule.ts';

export const verifiedInFuture: RuleModule = {
  id: 'reference/verified-in-future',
  explanation: 'verified.date says when an editor read the record. A date after today is a typo (often the year), and would make the record look fresher than it is.',
  check({ data, tree, today }, report) {
    for (const [id, raw] of data.references) {
      const date = (raw as Reference).verified.date;
      if (date <= today) continue;
      const entry = tree.byCollection.references.get(id)!;
      report(entry, locatePath(entry, ['verified', 'date']), `verified.date ${date} is after today (${today})`, 'write the date you read the record, YYYY-MM-DD');
    }
  },
};
