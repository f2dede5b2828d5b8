// Renders the whole app (layout, router, i18n) at a URL, as a person would open it.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { initI18n } from '../src/app/i18n';
import type { Language } from '../src/ui/language';
import { appRoutes } from '../src/app/routes';
import { markStartupDone } from '../src/app/startup';

export function renderApp(path: string, lang: Language = 'de') {
  initI18n(lang);
  // main.tsx marks this after the first-start check; tests arrange their data themselves.
  markStartupDone();
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, user };
}
