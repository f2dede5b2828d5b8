// The route tree: the layout, then each feature's own routes. Screens are loaded lazily, each
// with its feature's words, so the first load carries only the shell and the overview.
import type { RouteObject } from 'react-router';
import { routes as accessibility } from '../features/accessibility/routes';
import { routes as account } from '../features/account/routes';
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
import { routes as sync } from '../features/sync-screens/routes';
import { Loading } from '../ui/Loading';
import { loadNamespace } from './i18n';
import { Layout } from './Layout';
import { NotFoundPage, RouteError } from './RouteError';
import type { LazyNamespace } from './resources';

/** The feature's routes, each loading the feature's words together with its screen. */
function withWords(routes: RouteObject[], ns: LazyNamespace): RouteObject[] {
  return routes.map((route) => {
    const { lazy } = route;
    if (typeof lazy !== 'function') throw new Error(`Route ${route.path ?? '(index)'} of ${ns} must load lazily`);
    return { ...route, lazy: async () => (await Promise.all([lazy(), loadNamespace(ns)]))[0] };
  });
}

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
          ...withWords(concept, 'concept'),
          ...withWords(plan, 'plan'),
          ...withWords(measures, 'measures'),
          ...withWords(indicators, 'indicators'),
          ...withWords(municipalities, 'municipalities'),
          ...withWords(directory, 'directory'),
          ...withWords(directoryAdmin, 'directoryAdmin'),
          ...withWords(handout, 'handout'),
          ...withWords(exchange, 'exchange'),
          ...withWords(evaluation, 'evaluation'),
          ...withWords(reviews, 'reviews'),
          ...withWords(reports, 'reports'),
          ...withWords(settings, 'settings'),
          ...withWords(accessibility, 'accessibility'),
          ...withWords(account, 'account'),
          ...withWords(sync, 'sync'),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
