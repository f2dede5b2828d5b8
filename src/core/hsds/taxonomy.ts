// The taxonomies our export uses for what HSDS has no field of its own: target groups, fields
// of action, municipalities and a few features (keyword, spoken language, wheelchair access).
// Taxonomy ids are fixed (name-based UUIDs, see TAXONOMY.md); target-group terms derive their
// ids from the code, field and municipality terms reuse the record's own id, so a term id means
// the same thing in every export and an import can recognise it.
import type { FieldOfAction } from '../schema/plan';
import type { Municipality } from '../schema/municipality';
import type { TargetGroup } from '../schema/common';
import { targetGroups } from '../schema/common';
import { targetGroupNames } from '../target-group-names';
import { uuid5 } from './uuid5';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types';

export const TARGET_GROUP_TAXONOMY: HsdsTaxonomy = {
  id: '83069844-204d-5507-8d5a-da6b0e10046f',
  name: 'Zielgruppen (Integrationskonzept)',
  description: 'Zielgruppen der Integrationsarbeit im Landkreis; Codes wie im Integrationskonzept.',
  version: '1',
};

export const FIELD_TAXONOMY: HsdsTaxonomy = {
  id: '21b79a12-7f3a-55bd-8990-42b62ecd0b37',
  name: 'Handlungsfelder (Integrationskonzept)',
  description: 'Handlungsfelder des Integrationskonzepts; Term-Id = Id des Handlungsfelds, Code = sein Kürzel.',
  version: '1',
};

export const MUNICIPALITY_TAXONOMY: HsdsTaxonomy = {
  id: 'bae3c4e3-ac4a-5103-a979-49a9dcd2706c',
  name: 'Gemeinden (Integrationskonzept)',
  description: 'Gemeinden des Landkreises; Term-Id = Id der Gemeinde, Code = amtlicher Gemeinde- bzw. Verbandsschlüssel.',
  version: '1',
};

export const FEATURE_TAXONOMY: HsdsTaxonomy = {
  id: '706ed6dc-5749-5330-86a4-d64216434590',
  name: 'Merkmale (Integrationskonzept)',
  description: 'Merkmale ohne eigenes HSDS-Feld; der Wert steht im Attribut (value).',
  version: '1',
};


function term(taxonomy: HsdsTaxonomy, id: string, code: string, name: string, description: string): HsdsTaxonomyTerm {
  return { id, code, name, description: description || name, taxonomy: taxonomy.name, taxonomy_id: taxonomy.id, language: 'de' };
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

export const targetGroupTermId = memo((group: TargetGroup) => uuid5(TARGET_GROUP_TAXONOMY.id, group));

export const targetGroupTerm = memo((group: TargetGroup): HsdsTaxonomyTerm =>
  term(TARGET_GROUP_TAXONOMY, targetGroupTermId(group), group, targetGroupNames[group], ''));

/** Target group by term id, for reading attributes whose term was matched by id only. */
export const targetGroupByTermId = new Map(targetGroups.map((group) => [targetGroupTermId(group), group]));

export function fieldTerm(field: FieldOfAction): HsdsTaxonomyTerm {
  return term(FIELD_TAXONOMY, field.id, field.code, field.name, field.description);
}

export function municipalityTerm(municipality: Municipality): HsdsTaxonomyTerm {
  return term(MUNICIPALITY_TAXONOMY, municipality.id, municipality.officialKey, municipality.name, '');
}

export type Feature = 'keyword' | 'language' | 'wheelchair';

const featureNames: Record<Feature, [string, string]> = {
  keyword: ['Schlagwort', 'Ein Suchbegriff des Angebots; das Wort steht im Wert des Attributs.'],
  language: ['Gesprochene Sprache', 'Eine Sprache, in der der Träger berät (BCP-47-Code im Wert des Attributs).'],
  wheelchair: ['Rollstuhlgerecht', 'Der Standort ist mit dem Rollstuhl zugänglich.'],
};

export const featureTermId = memo((feature: Feature) => uuid5(FEATURE_TAXONOMY.id, feature));

export const featureTerm = memo((feature: Feature): HsdsTaxonomyTerm => {
  const [name, description] = featureNames[feature];
  return term(FEATURE_TAXONOMY, featureTermId(feature), feature, name, description);
});
