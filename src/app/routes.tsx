// The route tree: the layout, then each feature's own routes. Screens are loaded lazily, so
// the first load carries only the shell and the overview.
import type { RouteObject } from 'react-router';
import { routes as concept } from '../features/concept/routes';
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
        children: [...overview, ...concept, ...plan, ...measures, ...indicators, ...municipalities, ...settings, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
