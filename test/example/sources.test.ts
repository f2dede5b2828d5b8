// The example's figures are only as good as their sources: a citation names the publisher's
// own page or the canonical article, never a copy on a mirror site (a Wikipedia copy on a
// shop domain, a document re-hosted by a file-sharing site). A new host is added to this list
// only after someone has checked that it is the original publisher.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const folder = path.resolve(import.meta.dirname, '../../src/example/boerde');

const checkedHosts = new Set([
  'de.wikipedia.org', 'en.wikipedia.org',
  'www.landkreis-boerde.de', 'landkreis-boerde.de', 'www.haldensleben.de', 'www.obere-aller.de', 'www.westlicheboerde.de',
  'integrationsmonitoring-laender.de', 'www.integrationsmonitoring-laender.de', 'integrationsportal.sachsen-anhalt.de',
  'ms.sachsen-anhalt.de', 'presse.sachsen-anhalt.de', 'www.stala.sachsen-anhalt.de', 'www.destatis.de', 'docs.genesapi.org',
  'www.bamf.de', 'www.arbeitsagentur.de', 'www.volksstimme.de', 'www.netzwerk-integration-boerdekreis.de',
  'www.migrationsberatung.org', 'www.lamsa.de', 'lamsa.de', 'www.kdz.eu', 'www.bodenseekreis.de', 'schleswig-holstein.de',
  'mffki.rlp.de', 'difu.de', 'opendata.muenchen.de', 'kleineanfragen.de', 'vielfalt.link',
  'www.malteser-magdeburg.de', 'www.caritas-magdeburg.de', 'www.drk-boerde.de',
]);

describe('the sources the example cites', () => {
  it('are the publishers’ own pages or canonical articles, not mirror copies', () => {
    const cited = readdirSync(folder)
      .filter((name) => name.endsWith('.json') || name.endsWith('.md'))
      .flatMap((name) => [...readFileSync(path.join(folder, name), 'utf8').matchAll(/https?:\/\/[^\s"'()<>\]]+/g)].map((m) => ({ file: name, url: m[0] })));
    expect(cited.length).toBeGreaterThan(100);
    const unchecked = cited.filter(({ url }) => !checkedHosts.has(new URL(url).host)).map(({ file, url }) => `${file}: ${url}`);
    expect(unchecked).toEqual([]);
  });
});
