/** The qualifier rule for derived facts, on its own: the table in facts.yaml, case by case. */
import { describe, expect, it } from 'vitest';
import { propagateQualifier } from '../../pipeline/transform/facts';

const rises = () => 1;
const falls = () => -1;

describe('propagateQualifier', () => {
  it('keeps exact inputs exact', () => {
    expect(propagateQualifier({ a: 'exact', b: 'exact' }, rises).qualifier).toBe('exact');
  });
  it('makes any approximate input approximate', () => {
    expect(propagateQualifier({ a: 'more-than', b: 'about' }, rises).qualifier).toBe('about');
  });
  it('carries a lower bound through a rising formula and turns it over through a falling one', () => {
    expect(propagateQualifier({ a: 'more-than' }, rises).qualifier).toBe('more-than');
    expect(propagateQualifier({ a: 'more-than' }, falls).qualifier).toBe('at-most');
    expect(propagateQualifier({ a: 'at-most' }, falls).qualifier).toBe('more-than');
  });
  it('gives up on a bound when bounds pull both ways', () => {
    expect(propagateQualifier({ a: 'more-than', b: 'at-most' }, rises).qualifier).toBe('about');
  });
  it('keeps a bound only when rounding does not cross it', () => {
    expect(propagateQualifier({ a: 'more-than' }, rises, -0.03).qualifier).toBe('more-than');
    expect(propagateQualifier({ a: 'more-than' }, rises, 0.03).qualifier).toBe('about');
    expect(propagateQualifier({ a: 'more-than' }, falls, 0.008).qualifier).toBe('at-most');
  });
});
