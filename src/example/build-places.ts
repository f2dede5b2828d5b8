// Municipalities come straight from the reference file (name, kind, key, membership and the
// sourced population); figures the sources lack are added from the authored figures file,
// each one marked invented.
import type { Figure, Municipality, MunicipalityKind } from '../core/schema';
import type { BuildContext } from './build-context';
import { ExampleDataError, INVENTED_SOURCE, officialKeyOf } from './build-context';
import type { ParsedSources } from './example-input';

const kinds: Record<ParsedSources['municipalities'][number]['kind'], MunicipalityKind> = {
  Einheitsgemeinde: 'einheitsgemeinde',
  Verbandsgemeinde: 'verbandsgemeinde',
  Mitgliedsgemeinde: 'mitgliedsgemeinde',
};

type FigureInput = { value: number; date: string; source?: string | undefined; invented: boolean };

const figureOf = (f: FigureInput | undefined): Figure | null =>
  f ? { value: f.value, date: f.date, source: f.source ?? INVENTED_SOURCE, invented: f.invented } : null;

export function buildMunicipalities(data: ParsedSources, ctx: BuildContext): Municipality[] {
  const figures = new Map<string, ParsedSources['municipalityFigures'][number]>();
  for (const entry of data.municipalityFigures) {
    const id = ctx.place(entry.municipality, 'municipality figures');
    if (figures.has(id)) throw new ExampleDataError(`municipality figures: "${entry.municipality}" appears twice`);
    figures.set(id, entry);
  }
  const groupKeyByName = new Map(
    data.municipalities.filter((m) => m.kind === 'Verbandsgemeinde').map((m) => [m.name, officialKeyOf(m)]),
  );

  return data.municipalities.map((m) => {
    const key = officialKeyOf(m);
    const id = ctx.id('municipality', key);
    const extra = figures.get(id);
    const parentKey = m.verbandsgemeinde === null ? null : groupKeyByName.get(m.verbandsgemeinde);
    if (parentKey === undefined) throw new ExampleDataError(`municipality "${m.name}": unknown Verbandsgemeinde "${m.verbandsgemeinde}"`);
    const population: Figure | null =
      m.population !== null && m.populationDate !== null
        ? { value: m.population, date: m.populationDate, source: m.source, invented: false }
        : null;
    const topNationalities = extra?.topNationalities
      ? {
          date: extra.topNationalities.date,
          source: extra.topNationalities.source ?? INVENTED_SOURCE,
          invented: extra.topNationalities.invented,
          entries: extra.topNationalities.entries,
        }
      : null;
    const migrationBackground = figureOf(extra?.migrationBackground);
    const foreignNationals = figureOf(extra?.foreignNationals);
    const invented = [migrationBackground, foreignNationals, topNationalities].some((f) => f?.invented);
    const sourced = population ? 'Name, Schlüssel, Zugehörigkeit und Einwohnerzahl' : 'Name, Schlüssel und Zugehörigkeit (keine Einwohnerzahl belegt)';
    const notes = [m.seat ? `Sitz der Verwaltung: ${m.seat}.` : '', m.notes ?? ''].filter(Boolean).join(' ');
    return {
      ...ctx.base('municipality', key, {
        invented,
        note: invented
          ? `${sourced} aus der Referenzdatei; Zahlen zu Migrationshintergrund, Ausländern und Staatsangehörigkeiten erfunden.`
          : `${sourced} aus der Referenzdatei.`,
      }),
      name: m.name,
      kind: kinds[m.kind],
      parentId: parentKey === null ? null : ctx.id('municipality', parentKey),
      officialKey: key,
      isTown: m.stadt,
      population,
      migrationBackground,
      foreignNationals,
      topNationalities,
      notes,
    };
  });
}
