import { screen, waitFor, within } from '@testing-library/react';
import { create, update } from '../../../src/db/repository';
import { paths } from '../../../src/ui/paths';
import { draftOf, freshDatabase, makeLocation, makeOffer, makeProvider } from '../../factories';
import { renderApp } from '../../render-app';
import { vcardOf } from '../../../src/features/handout/HandoutSheet';

// Screens load lazily; on a busy shared machine the first render can take longer than a second.
const LOAD = { timeout: 10_000 };

async function storeLanguageCafe() {
  const provider = await create('providers', draftOf('providers', makeProvider({ name: 'Sprachcafé Hohe Börde e. V.' })));
  if (!provider.ok) throw new Error('provider');
  const location = await create(
    'locations',
    draftOf('locations', makeLocation({ providerId: provider.value.id, name: 'Gemeindehaus Irxleben', address: { street: 'Magdeburger Straße 2', postcode: '39167', city: 'Hohe Börde' }, directions: 'Bus 650 bis Irxleben Kirche.' })),
  );
  if (!location.ok) throw new Error('location');
  const offer = await create(
    'offers',
    draftOf(
      'offers',
      makeOffer({
        providerId: provider.value.id,
        locationIds: [location.value.id],
        name: 'Sprachcafé in Irxleben',
        description: 'Jeden Donnerstag Deutsch üben bei Kaffee und Kuchen.',
        practicalNotes: 'Ohne Anmeldung; Kinder sind willkommen.',
        contact: { phone: '030 23125 122', email: 'sprachcafe@example.org', website: '' },
        openingHours: [{ weekday: 4, opens: '15:00', closes: '17:30' }],
        translations: { ar: { name: 'مقهى اللغة في إركسليبن', description: 'تدرّب على اللغة الألمانية كل يوم خميس مع القهوة والكعك.', practicalNotes: '' } },
      }),
    ),
  );
  if (!offer.ok) throw new Error('offer');
  return offer.value;
}

beforeEach(() => {
  freshDatabase();
});

describe('a caseworker prints an offer for a client who reads Arabic', { timeout: 30_000 }, () => {
  it('shows the sheet right to left in Arabic, and marks the notes that exist only in German', async () => {
    const offer = await storeLanguageCafe();
    renderApp(paths.offerHandout(offer.id, 'ar'));

    const sheet = await screen.findByRole('article', { name: 'مقهى اللغة في إركسليبن' }, LOAD);
    expect(sheet).toHaveAttribute('dir', 'rtl');
    expect(sheet).toHaveAttribute('lang', 'ar');
    expect(within(sheet).getByText('تدرّب على اللغة الألمانية كل يوم خميس مع القهوة والكعك.')).toBeInTheDocument();
    expect(within(sheet).getByRole('heading', { name: 'أوقات الدوام' })).toBeInTheDocument();
    expect(within(sheet).getByText('الخميس')).toBeInTheDocument();

    const notes = within(sheet).getByText('Ohne Anmeldung; Kinder sind willkommen.');
    expect(notes).toHaveAttribute('lang', 'de');
    expect(notes).toHaveAttribute('dir', 'ltr');
    expect(within(notes.closest('section')!).getByText('هذه المعلومة متوفرة باللغة الألمانية فقط.')).toBeInTheDocument();
    expect(within(sheet).getByText('030 23125 122')).toBeInTheDocument();
    expect(await within(sheet).findByRole('img', { name: 'امسح رمز QR لحفظ جهة الاتصال في هاتفك.' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
  });

  it('switches to a language without a translation and says that the texts are German', async () => {
    const offer = await storeLanguageCafe();
    const { user } = renderApp(paths.offerHandout(offer.id, 'ar'));
    await screen.findByRole('article', {}, LOAD);
    await user.selectOptions(screen.getByLabelText('Sprache der Klientin / des Klienten'), 'uk');

    const sheet = await screen.findByRole('article', { name: 'Sprachcafé in Irxleben' });
    expect(sheet).toHaveAttribute('dir', 'ltr');
    expect(sheet).toHaveAttribute('lang', 'uk');
    expect(within(sheet).getAllByText('Ця інформація доступна лише німецькою мовою.').length).toBeGreaterThanOrEqual(3);
    expect(within(sheet).getByText('четвер')).toBeInTheDocument();
  });

  it('copies a share text in the client’s language to the clipboard', async () => {
    const offer = await storeLanguageCafe();
    const { user } = renderApp(paths.offerHandout(offer.id, 'ar'));
    await user.click(await screen.findByRole('button', { name: 'Text kopieren' }, LOAD));

    expect(await screen.findByText('Der Text ist in der Zwischenablage.')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n\n')).toEqual([
      'مقهى اللغة في إركسليبن\nSprachcafé Hohe Börde e. V.',
      'تدرّب على اللغة الألمانية كل يوم خميس مع القهوة والكعك.',
      'أوقات الدوام:\nالخميس 15:00–17:30',
      'العنوان:\nGemeindehaus Irxleben\nMagdeburger Straße 2\n39167 Hohe Börde\nBus 650 bis Irxleben Kirche.',
      'التواصل:\n030 23125 122\nsprachcafe@example.org',
      'معلومات مفيدة:\nOhne Anmeldung; Kinder sind willkommen.',
    ]);
  });
});

describe('a hand-out says only what the directory knows', { timeout: 30_000 }, () => {
  it('tells the client that no times are known when none are recorded, instead of promising appointments', async () => {
    const provider = await create('providers', draftOf('providers', makeProvider({ name: 'Caritas Börde' })));
    if (!provider.ok) throw new Error('provider');
    const offer = await create('offers', draftOf('offers', makeOffer({ providerId: provider.value.id, name: 'Schuldnerberatung', openingHours: [] })));
    if (!offer.ok) throw new Error('offer');
    const { user } = renderApp(paths.offerHandout(offer.value.id));

    const sheet = await screen.findByRole('article', { name: 'Schuldnerberatung' }, LOAD);
    const hours = within(sheet).getByRole('heading', { name: 'Öffnungszeiten' }).closest('section')!;
    expect(hours).toHaveTextContent('Keine Zeiten bekannt – bitte vorher nachfragen.');
    expect(sheet).not.toHaveTextContent(/Vereinbarung/);

    await user.selectOptions(screen.getByLabelText('Sprache der Klientin / des Klienten'), 'uk');
    const ukrainian = await screen.findByRole('article', { name: 'Schuldnerberatung' });
    await waitFor(() => expect(ukrainian).toHaveAttribute('lang', 'uk'));
    expect(ukrainian).toHaveTextContent('Години роботи невідомі – будь ласка, уточніть заздалегідь.');
    expect(ukrainian).not.toHaveTextContent(/записом/);
  });

  it('prints no Kontakt heading when neither the offer nor its provider has a phone, e-mail or website', async () => {
    const none = { phone: '', email: '', website: '' };
    const provider = await create('providers', draftOf('providers', makeProvider({ name: 'Nachbarschaftshilfe Wanzleben', contact: none })));
    if (!provider.ok) throw new Error('provider');
    const offer = await create('offers', draftOf('offers', makeOffer({ providerId: provider.value.id, name: 'Begegnungsnachmittag', contact: none })));
    if (!offer.ok) throw new Error('offer');
    renderApp(paths.offerHandout(offer.value.id));

    const sheet = await screen.findByRole('article', { name: 'Begegnungsnachmittag' }, LOAD);
    expect(within(sheet).getByRole('heading', { name: 'Öffnungszeiten' })).toBeInTheDocument();
    expect(within(sheet).queryByRole('heading', { name: 'Kontakt' })).toBeNull();
  });

  it('offers no hand-out for an archived offer, and an old link says why', async () => {
    const offer = await storeLanguageCafe();
    await update('offers', offer.id, { archived: true });
    const first = renderApp(paths.offer(offer.id));
    await screen.findByRole('heading', { level: 1, name: 'Sprachcafé in Irxleben' }, LOAD);
    expect(screen.queryByRole('link', { name: 'Handzettel' })).not.toBeInTheDocument();
    first.unmount();

    renderApp(paths.offerHandout(offer.id, 'ar'));
    expect(await screen.findByText(/Dieses Angebot ist archiviert/, undefined, LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Drucken (A4)' })).not.toBeInTheDocument();
  });

  it('marks a German-only text with the app’s own icon, not a character the tablet’s font may lack', async () => {
    const offer = await storeLanguageCafe();
    renderApp(paths.offerHandout(offer.id, 'ar'));
    const sheet = await screen.findByRole('article', {}, LOAD);
    const notes = [...sheet.querySelectorAll('.handout-fallback')];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.querySelector('svg')).not.toBeNull();
      expect(note.textContent).not.toContain('ⓘ');
    }
  });
});

describe('the QR code’s contact card', () => {
  it('is filed under the provider and carries the provider’s website when the offer has none', () => {
    const provider = makeProvider({ name: 'Caritas Börde', contact: { phone: '', email: '', website: 'https://www.caritas-boerde.example' } });
    const offer = makeOffer({ providerId: provider.id, name: 'Schuldnerberatung', contact: { phone: '03904 1234', email: '', website: '' } });
    const card = vcardOf(offer, provider, [], offer.name).split('\r\n');
    expect(card).toContain('N:Caritas Börde;;;;');
    expect(card).toContain('FN:Schuldnerberatung');
    expect(card).toContain('URL:https://www.caritas-boerde.example');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:03904 1234');
  });
});
