import { maskPhone, withoutSealed } from './personal-data';

describe('maskPhone', () => {
  it.each([
    ['a mainland mobile with its country code', '+8613812345678', '*********5678'],
    ['spaces and dashes are not digits', '+49 151-2345 6789', '*********6789'],
    ['a number of six digits keeps only four visible', '123456', '**3456'],
    ['a very long number shows at most twelve stars', '+123456789012345678', '************5678'],
  ])('%s', (_t, phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('withoutSealed', () => {
  it('leaves the encrypted values out and keeps the rest', () => {
    const record = { name: 'A', idMasked: '****1234', sealed: { idNumber: { kid: 'k', iv: 'i', tag: 't', ct: 'c' } } };
    expect(withoutSealed(record)).toEqual({ name: 'A', idMasked: '****1234' });
  });
});
