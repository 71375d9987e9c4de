import { addMonths, dayKey, groupByDay, monthBounds, monthOf, monthWeeks } from './calendarMonth';

describe('the month view', () => {
  it('shows whole weeks from Monday to Sunday, padded with the neighbouring months', () => {
    // November 2026 starts on a Sunday and ends on a Monday: six rows.
    const weeks = monthWeeks({ year: 2026, month: 10 });
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7 && week[0].getDay() === 1)).toBe(true);
    expect(dayKey(weeks[0][0])).toBe('2026-10-26');
    expect(dayKey(weeks[0][6])).toBe('2026-11-01');
    expect(dayKey(weeks[5][6])).toBe('2026-12-06');
  });

  it('needs only four rows for a February that starts on a Monday', () => {
    const weeks = monthWeeks({ year: 2027, month: 1 });
    expect(weeks.map((week) => dayKey(week[0]))).toEqual(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']);
  });

  it('goes from month to month across years', () => {
    expect(addMonths({ year: 2026, month: 11 }, 1)).toEqual({ year: 2027, month: 0 });
    expect(addMonths({ year: 2027, month: 0 }, -1)).toEqual({ year: 2026, month: 11 });
    expect(monthOf(new Date(2028, 1, 29, 23, 59))).toEqual({ year: 2028, month: 1 });
  });

  it('bounds the month from its first local instant to its last', () => {
    const { publishFrom, publishTo } = monthBounds({ year: 2026, month: 11 });
    expect(new Date(publishFrom)).toEqual(new Date(2026, 11, 1));
    expect(new Date(publishTo)).toEqual(new Date(2026, 11, 31, 23, 59, 59, 999));
  });

  it('groups works by the local day of their publication, leaving out undated ones', () => {
    const works = [
      { id: 'a', publishAt: new Date(2026, 11, 15, 9, 0).toISOString() },
      { id: 'b', publishAt: null },
      { id: 'c', publishAt: new Date(2026, 11, 15, 18, 30).toISOString() },
      { id: 'd', publishAt: new Date(2026, 11, 16, 0, 0).toISOString() },
    ];
    const groups = groupByDay(works, (work) => work.publishAt);
    expect([...groups.keys()]).toEqual(['2026-12-15', '2026-12-16']);
    expect(groups.get('2026-12-15')?.map((work) => work.id)).toEqual(['a', 'c']);
  });
});
