import { fromLocalInput, toLocalInput, tomorrowMorning } from './localDateTime';

describe('local date-time for the picker', () => {
  it('writes a local date and time as the picker reads it', () => {
    expect(toLocalInput(new Date(2027, 0, 5, 9, 7))).toBe('2027-01-05T09:07');
  });

  it('reads the picker’s value as that local instant', () => {
    expect(fromLocalInput('2027-01-05T09:07')).toEqual(new Date(2027, 0, 5, 9, 7));
    expect(fromLocalInput(toLocalInput(new Date(2028, 1, 29, 23, 59)))).toEqual(new Date(2028, 1, 29, 23, 59));
  });

  it.each(['', '2027-01-05', '2027-02-30T09:00', 'demain'])('reads %j as no date', (value) => {
    expect(fromLocalInput(value)).toBeNull();
  });

  it('proposes tomorrow at nine, across the end of a month and a year', () => {
    expect(tomorrowMorning(new Date(2026, 11, 31, 18, 30))).toEqual(new Date(2027, 0, 1, 9, 0));
  });
});
