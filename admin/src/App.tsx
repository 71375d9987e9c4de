/**
 * The back office: one resource per part of the collection, the API behind `/api` (DESIGN.md §8), French
 * first. Resources and pages follow the user's roles (libs/domain): users only for those who manage them, museums
 * read-only for those who may not change them, the review queue for those who review.
 */
import { Admin, CustomRoutes, Layout, Resource, type LayoutProps } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './api/authProvider';
import { createDataProvider } from './api/dataProvider';
import { createHttpClient } from './api/httpClient';
import { createTokenStore } from './api/tokenStore';
import { AppMenu } from './AppMenu';
import auditEvents from './audit-events';
import publications from './publications';
import { PublicationCalendar } from './calendar/PublicationCalendar';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18nProvider';
import imports from './imports';
import jobs from './jobs';
import museums from './museums';
import people from './people';
import { permits } from './permissions';
import { ReviewQueue } from './review/ReviewQueue';
import users from './users';
import works from './works';

const API_URL = '/api';
const tokens = createTokenStore(window.localStorage);
const httpClient = createHttpClient(tokens, i18nProvider.translate);
const authProvider = createAuthProvider(API_URL, tokens, httpClient);
const dataProvider = createDataProvider(API_URL, httpClient, tokens);

const readOnly = <Definition extends object>(definition: Definition) => ({ ...definition, edit: undefined, create: undefined });

const AppLayout = (props: LayoutProps) => <Layout {...props} menu={AppMenu} />;

export const App = () => (
  <Admin
    title="Open Content"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    dashboard={Dashboard}
    disableTelemetry
  >
    {(permissions) => [
      <Resource key="works" name="works" {...works} />,
      <Resource key="people" name="people" {...people} />,
      <Resource key="museums" name="museums" {...(permits(permissions, 'museums:manage') ? museums : readOnly(museums))} />,
      <Resource key="audit-events" name="audit-events" {...auditEvents} />,
      <Resource key="publications" name="publications" {...publications} />,
      permits(permissions, 'users:manage') && <Resource key="users" name="users" {...users} />,
      permits(permissions, 'jobs:manage') && <Resource key="jobs" name="jobs" {...jobs} />,
      permits(permissions, 'notice:write') && <Resource key="imports" name="imports" {...imports} />,
      <CustomRoutes key="pages">
        {permits(permissions, 'workflow:review') && <Route path="/review" element={<ReviewQueue />} />}
        <Route path="/calendar" element={<PublicationCalendar />} />
      </CustomRoutes>,
    ]}
  </Admin>
);
