// On a coordinator's overview: how many conflicts wait for her (issue 18: seven were open while
// nothing said so). Loaded only on her connected device, with its own words, so the overview's
// first load carries none of it.
import { Link } from 'react-router';
import { useTranslation } from '../../ui/i18n';
import { translate } from '../../ui/i18n/translate';
import { paths } from '../../ui/paths';
import { useOpenConflicts } from '../../replica/open-conflicts-count';
import { openConflictsWords } from './open-conflicts-words';

const bundles = { de: { words: openConflictsWords.de }, en: { words: openConflictsWords.en } };

export function OpenConflictsNotice() {
  const { i18n } = useTranslation();
  const count = useOpenConflicts();
  if (count === 0) return null;
  // Both keys are strings, never a nested bundle.
  const say = (key: 'open' | 'review') => translate(bundles, i18n.language, ['words'], key, { count }) as string;
  return (
    <p className="card overview-attention" role="status">
      <span aria-hidden="true">⚠ </span>
      {say('open')} <Link to={paths.conflicts()}>{say('review')}</Link>
    </p>
  );
}
