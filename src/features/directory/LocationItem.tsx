import { useTranslation } from '../../ui/i18n';
import type { Location } from '../../core/schema';
import { OpeningHours } from './OpeningHours';

/** A location in a list: name, address and opening hours; a page adds what it needs below. */
export function LocationItem({ location, children }: { location: Location; children?: React.ReactNode }) {
  const { t } = useTranslation('directory');
  return (
    <li>
      <h3>{location.name}</h3>
      <p>
        {location.address.street}, {location.address.postcode} {location.address.city}
      </p>
      <div>
        {t('offer.openingHours')}: <OpeningHours slots={location.openingHours} />
      </div>
      {children}
    </li>
  );
}
