// Every rule module, in the order the checker runs them (each reports under its own id; the catalogue holds severity).
import type { RuleModule } from './rule.ts';
import { underTriaged } from './triage/under-triaged.ts';
import { actionInItem } from './triage/action-in-item.ts';
import { missingRedFlag } from './triage/missing-red-flag.ts';
import { patientOmitsExclusion } from './audience/patient-omits-exclusion.ts';
import { universalNegative } from './substance/universal-negative.ts';
import { quoteNotInRecord } from './quote/not-in-record.ts';
import { recommendationWording } from './recommendation/wording.ts';
import { certaintyWords } from './recommendation/certainty-words.ts';
import { undefinedAbbreviation } from './patient/undefined-abbreviation.ts';
import { verifiedInFuture } from './reference/verified-in-future.ts';
import { relatedOneWay } from './article/related-one-way.ts';
import { vaguePhrase } from './red-flag/vague-phrase.ts';
import { figureOutcome } from './figure/outcome.ts';
import { outcomeCertainty } from './outcome/certainty.ts';

export const RULE_MODULES: readonly RuleModule[] = [underTriaged, actionInItem, missingRedFlag, patientOmitsExclusion, universalNegative, quoteNotInRecord, recommendationWording, certaintyWords, undefinedAbbreviation, verifiedInFuture, relatedOneWay, vaguePhrase, figureOutcome, outcomeCertainty];
