/** A month as a grid of days, Monday first, each day listing the works published that day with their time. */
import { Box, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState } from 'react-admin';
import type { WorkRecord } from '../works/workRecord';
import { dayKey, groupByDay, monthWeeks, type Month } from './calendarMonth';

/** 1 January 2024 was a Monday: a week of weekday names in the user's language. */
const A_WEEK = Array.from({ length: 7 }, (_, index) => new Date(2024, 0, 1 + index));

export const MonthGrid = ({ month, works }: { month: Month; works: WorkRecord[] }) => {
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const byDay = groupByDay(works, (work) => work.workflow.publishAt);
  const today = dayKey(new Date());
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', borderTop: 1, borderLeft: 1, borderColor: 'divider' }}>
      {A_WEEK.map((day) => (
        <Typography key={day.getDay()} variant="overline" sx={{ px: 1, borderRight: 1, borderBottom: 1, borderColor: 'divider' }}>
          {weekday.format(day)}
        </Typography>
      ))}
      {monthWeeks(month).flat().map((day) => {
        const key = dayKey(day);
        return (
          <Box
            component="section"
            key={key}
            aria-label={longDay.format(day)}
            sx={{
              minHeight: 96,
              p: 0.5,
              borderRight: 1,
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: key === today ? 'action.selected' : undefined,
              opacity: day.getMonth() === month.month ? 1 : 0.5,
            }}
          >
            <Typography variant="caption">{day.getDate()}</Typography>
            {byDay.get(key)?.map((work) => (
              <Typography key={work.id} variant="body2" noWrap title={work.title.fr ?? undefined}>
                <Link to={createPath({ resource: 'works', id: work.id, type: 'show' })}>
                  {time.format(new Date(work.workflow.publishAt as string))} {work.title.fr}
                </Link>
              </Typography>
            ))}
          </Box>
        );
      })}
    </Box>
  );
};
