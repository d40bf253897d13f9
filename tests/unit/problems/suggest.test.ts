// "Did you mean" finds plausible typos and stays quiet for unrelated ids.
import { describe, it, expect } from 'vitest';
import { didYouMean } from '../../../src/lib/problems/suggest.ts';

describe('didYouMean', () => {
  it('finds a near miss', () => expect(didYouMean('cheong-2021', ['cheong-2012', 'chung-2023'])).toBe('cheong-2012'));
  it('says nothing when no id is close', () => expect(didYouMean('nope-five', ['cheong-2012', 'chung-2023'])).toBeUndefined());
  it('handles an empty list', () => expect(didYouMean('x', [])).toBeUndefined());
});
