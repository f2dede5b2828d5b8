// Field test, issue 11: a cut-off backup said "Eintrag hat nicht das erwartete Format", a JSON
// file of another shape listed raw field names ("exportedAt ist ein Pflichtfeld"), and the
// question before replacing everything said neither when the backup was made nor that changes
// made since then are lost.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportSnapshot, replaceAll } from '../../../src/db/snapshot';
import { getById, update } from '../../../src/db/repository';
import { emptyRecords } from '../../../src/core/snapshot';
import { freshDatabase, makeConcept, makeLinkedRecords } from '../../factories';
import { renderApp } from '../../render-app';

const LOAD = { timeout: 10_000 };
let records: ReturnType<typeof makeLinkedRecords>;

beforeEach(async () => {
  freshDatabase();
  records = makeLinkedRecords();
  await replaceAll(records);
});

afterEach(() => {
  vi.useRealTimers();
});

async function chooseFile(content: string) {
  const view = renderApp('/einstellungen');
  await view.user.upload(await screen.findByLabelText('Datei auswählen', {}, LOAD), new File([content], 'sicherung.json', { type: 'application/json' }));
  return view;
}

describe('the coordinator picks a file that is no usable backup', () => {
  it('is told that a cut-off file is damaged', async () => {
    const text = JSON.stringify(await exportSnapshot());
    await chooseFile(text.slice(0, Math.floor(text.length * 0.7)));

    expect(await screen.findByText('Die Datei wurde abgelehnt: 1 Problem. Es wurde nichts geändert.')).toBeInTheDocument();
    expect(screen.getByText(/^Die Datei ist beschädigt oder keine Sicherung dieser App/)).toBeInTheDocument();
    expect(screen.queryByText(/Eintrag hat nicht das erwartete Format/)).not.toBeInTheDocument();
  });

  it('is told that a JSON file of another shape is not a backup, without field names', async () => {
    await chooseFile(JSON.stringify({ organizations: [{ name: 'Caritas' }] }));

    expect(await screen.findByText('Die Datei ist keine Sicherung dieser App. Eine Sicherung entsteht unter Einstellungen mit „Sicherung exportieren“.')).toBeInTheDocument();
    expect(screen.queryByText(/exportedAt|schemaVersion|format/)).not.toBeInTheDocument();
  });
});

describe('the coordinator restores a backup on a device changed since', () => {
  it('is asked with the backup’s date and told that the later changes are lost', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T12:00:00.000Z'));
    const backup = JSON.stringify(await exportSnapshot());
    vi.setSystemTime(new Date('2026-03-14T12:00:00.000Z'));
    const measure = records.measures[0]!;
    await update('measures', measure.id, { title: 'Später geändert' });

    const { user } = await chooseFile(backup);
    expect(await screen.findByText(/^Die Sicherung vom 12\.03\.2026, \d\d:\d\d ist gültig und enthält:$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Alle Daten durch die Sicherung ersetzen?' });
    expect(dialog).toHaveTextContent(
      /Alle Daten auf diesem Gerät werden durch die Sicherung vom 12\.03\.2026, \d\d:\d\d ersetzt\. Was seitdem auf diesem Gerät geändert wurde, geht verloren\. Zuletzt geändert wurde hier am 14\.03\.2026, \d\d:\d\d – nach dieser Sicherung\./,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));
    expect(await screen.findByText(/^Import abgeschlossen: \d+ Einträge\.$/)).toBeInTheDocument();
    expect((await getById('measures', measure.id))?.title).not.toBe('Später geändert');
  });
});

describe('counts of one', () => {
  it('says "1 Eintrag", not "1 Einträge", after exporting and importing a single entry', async () => {
    await replaceAll({ ...emptyRecords(), concepts: [makeConcept()] });
    URL.createObjectURL = vi.fn(() => 'blob:backup');
    URL.revokeObjectURL = vi.fn();
    const { user } = await chooseFile(JSON.stringify(await exportSnapshot()));
    await user.click(screen.getByRole('button', { name: 'Als Datei exportieren' }));
    expect(await screen.findByText('Exportiert: 1 Eintrag.')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Alle Daten durch diese Datei ersetzen' }));
    expect(await screen.findByText('Import abgeschlossen: 1 Eintrag.')).toBeInTheDocument();
  });
});
