import type { RouteObject } from 'react-router';
import { OverviewPage } from './OverviewPage';

// The start screen comes with the app itself rather than as a lazy chunk: every visit opens it
// first, and a second request before the first paint would only delay it.
export const routes: RouteObject[] = [{ index: true, Component: OverviewPage }];
