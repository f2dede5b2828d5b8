// The route tree: the layout, then each feature's own routes. Screens are loaded lazily, so
// the first load carries only the shell and the overview.
import type { RouteObject } from 'react-router';
import { routes as accessibility } from '../features/accessibility/routes';
import { routes as concept } from '../features/concept/routes';
import { routes as directory } from '../features/directory/routes';
import { routes as directoryAdmin } from '../features/directory-admin/routes';
import { routes as evaluation } from '../features/evaluation/routes';
import { routes as exchange } from '../features/exchange/routes';
import { routes as handout } from '../features/handout/routes';
import { routes as reports } from '../features/reports/routes';
import { routes as reviews } from '../features/reviews/routes';
import { routes as indicators } from '../features/indicators/routes';
import { routes as measures } from '../features/measures/routes';
import { routes as municipalities } from '../features/municipalities/routes';
import { routes as overview } from '../features/overview/routes';
import { routes as plan } from '../features/plan/routes';
import { routes as settings } from '../features/settings/routes';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFoundPage, RouteError } from './RouteError';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...overview,
          ...concept,
          ...plan,
          ...measures,
          ...indicators,
          ...municipalities,
          ...directory,
          ...directoryAdmin,
          ...handout,
          ...exchange,
          ...evaluation,
          ...reviews,
          ...reports,
          ...settings,
          ...accessibility,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
