/** When the scheduled works go out: one month at a time, from `GET /api/works` filtered by publication date. */
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Card, CardContent, CardHeader, IconButton, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { Button, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { WorkRecord } from '../works/workRecord';
import { addMonths, monthBounds, monthOf } from './calendarMonth';
import { MonthGrid } from './MonthGrid';

/** The API's largest page: a month holds far fewer scheduled works. */
const MONTH_PAGE = { page: 1, perPage: 1000 };

export const PublicationCalendar = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const { data, isPending, error } = useGetList<WorkRecord>('works', {
    filter: { workflowState: 'scheduled', ...monthBounds(month) },
    sort: { field: 'publishAt', order: 'ASC' },
    pagination: MONTH_PAGE,
  });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(month.year, month.month, 1));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="oc.calendar.title" />
      <CardHeader
        title={monthName}
        action={
          <>
            <IconButton aria-label={translate('oc.calendar.previousMonth')} onClick={() => setMonth(addMonths(month, -1))}>
              <ChevronLeftIcon />
            </IconButton>
            <Button label="oc.calendar.thisMonth" onClick={() => setMonth(monthOf(new Date()))} />
            <IconButton aria-label={translate('oc.calendar.nextMonth')} onClick={() => setMonth(addMonths(month, 1))}>
              <ChevronRightIcon />
            </IconButton>
          </>
        }
      />
      <CardContent>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        <MonthGrid month={month} works={data ?? []} />
      </CardContent>
    </Card>
  );
};
