import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERRAL_SOURCE } from '../../../src/core/referral-counts';
import { today } from '../../../src/db/context';
import { listActive } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { applyIncoming } from '../../../src/db/outbox';
import { freshDatabase, makeReferral } from '../../factories';
import { renderApp } from '../../render-app';
import { storeDirectory } from './directory-data';

let directory: Awaited<ReturnType<typeof storeDirectory>>;

beforeEach(async () => {
  freshDatabase();
  directory = await storeDirectory();
});

describe('a caseworker counts referrals', () => {
  it('taps "Vermittelt" twice, sees the month count, and the coordinator feeds the counts into an indicator', async () => {
    const first = renderApp(paths.offer(directory.course.id));
    await screen.findByRole('heading', { level: 1, name: 'Deutschkurs A1 Oschersleben' }, { timeout: 5000 });
    expect(await screen.findByText('Diesen Monat 0 Vermittlungen zu diesem Angebot.')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Oschersleben (Bode)' });
    await first.user.selectOptions(screen.getByLabelText('Gemeinde (optional)'), 'Oschersleben (Bode)');
    await first.user.click(screen.getByRole('button', { name: 'Vermittelt' }));
    expect(await screen.findByText(/Diesen Monat 1 Vermittlung zu diesem Angebot/)).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Vermittelt' }));
    expect(await screen.findByText(/Vermittlung gezählt\. Diesen Monat 2 Vermittlungen/)).toBeInTheDocument();
    first.unmount();

    const stored = await listActive('referrals');
    expect(stored).toHaveLength(2);
    expect(Object.keys(stored[0]!).sort()).toEqual(['createdAt', 'deleted', 'id', 'month', 'municipalityId', 'offerId', 'revision', 'updatedAt', 'updatedBy']);

    const { user } = renderApp(paths.referrals());
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /Deutschkurs A1 Oschersleben/ });
    expect(within(row).getByText('Oschersleben (Bode)')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();

    await user.selectOptions(await screen.findByLabelText('Monatlicher Indikator'), 'Vermittlungen in Angebote');
    await user.click(screen.getByRole('button', { name: 'Messwerte schreiben' }));
    expect(await screen.findByText('1 Messwerte angelegt, 0 aktualisiert, 0 unverändert.')).toBeInTheDocument();
    const measurements = await listActive('measurements');
    expect(measurements.map((m) => [m.indicatorId, m.period, m.value, m.municipalityId, m.source])).toEqual([
      [directory.indicator.id, today().slice(0, 7), 2, null, REFERRAL_SOURCE],
    ]);

    await user.click(screen.getByRole('button', { name: 'Messwerte schreiben' }));
    expect(await screen.findByText('0 Messwerte angelegt, 0 aktualisiert, 1 unverändert.')).toBeInTheDocument();
  });
});

describe('the coordinator feeds the referral counts into an indicator', () => {
  it('writes no month at all when one cannot be stored (a tablet with a wrong clock counted one in 2099), and names it', async () => {
    const thisMonth = today().slice(0, 7);
    const counted = (month: string) => makeReferral({ offerId: directory.course.id, municipalityId: null, month });
    await applyIncoming({ referrals: [counted(thisMonth), counted('2099-01')] }, [], {});
    const { user } = renderApp(paths.referrals());

    await user.selectOptions(await screen.findByLabelText('Monatlicher Indikator', {}, { timeout: 5000 }), 'Vermittlungen in Angebote');
    await user.click(screen.getByRole('button', { name: 'Messwerte schreiben' }));

    expect(await screen.findByText('Nichts gespeichert: der Messwert für 2099-01 wurde abgelehnt.')).toBeInTheDocument();
    expect(await listActive('measurements')).toEqual([]);
  });
});

describe('offer and provider pages', () => {
  it('shows the offer with its place, course, measure and provider, and the provider with its network', async () => {
    const { user } = renderApp(paths.offer(directory.course.id));
    await screen.findByRole('heading', { level: 1, name: 'Deutschkurs A1 Oschersleben' }, { timeout: 5000 });
    expect(await screen.findByText(/Halberstädter Straße 5/)).toBeInTheDocument();
    expect(screen.getByText('Arabisch', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('01.09.2025')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Beiträge zu Maßnahmen' })).findByRole('link', { name: /Sprachkurse im ganzen Kreis/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Handzettel drucken / teilen' })).toHaveAttribute('href', paths.offerHandout(directory.course.id));

    await user.click(screen.getByRole('link', { name: 'Volkshochschule Börde' }));
    await screen.findByRole('heading', { level: 1, name: 'Volkshochschule Börde' });
    const network = await screen.findByRole('region', { name: 'Netzwerk' });
    expect(await within(network).findByRole('link', { name: /Caritas Haldensleben – 1 gemeinsame Maßnahme/ })).toBeInTheDocument();
    expect(within(network).getByRole('link', { name: 'Sprache und Bildung' })).toBeInTheDocument();
  });
});
