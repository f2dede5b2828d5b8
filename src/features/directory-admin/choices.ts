// Choice lists shared by the directory forms.
import { enterableLanguages, languageLabel } from '../../core/languages';
import type { FieldOfAction, Municipality, MunicipalityKind, TargetGroup } from '../../core/schema';
import { targetGroups } from '../../core/schema';
import type { Option } from '../../ui/form/fields';
import { inCountyOrder, municipalityName } from '../../ui/municipality-options';

/** The enterable languages, plus any tag a record already carries that the list lacks. */
export function languageOptions(lang: 'de' | 'en', present: string[]): Option[] {
  const tags = [...enterableLanguages.map((l) => l.tag), ...present.filter((tag) => !enterableLanguages.some((l) => l.tag === tag))];
  return tags.map((tag) => ({ value: tag, label: languageLabel(tag, lang) }));
}

export const targetGroupOptions = (label: (group: TargetGroup) => string): Option[] => targetGroups.map((value) => ({ value, label: label(value) }));

export const fieldOptions = (fields: FieldOfAction[]): Option[] => [...fields].sort((a, b) => a.order - b.order).map((f) => ({ value: f.id, label: f.name }));

export function placeOptions(municipalities: Municipality[], lang: string, kindLabel: (kind: MunicipalityKind) => string): Option[] {
  return inCountyOrder(municipalities, lang).map(({ municipality }) => ({ value: municipality.id, label: municipalityName(municipality, kindLabel) }));
}
