// The result list. Long lists are virtualised (only the rows near the viewport are in the
// DOM); each row still says its position (aria-posinset/setsize), and the arrow keys, Home
// and End move between results, scrolling the next one into the DOM before focusing it.
// Short lists are rendered whole: that keeps find-in-page and screen-reader browsing simple.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from '../../ui/i18n';
import { Link } from 'react-router';
import type { Offer } from '../../core/schema';
import { paths } from '../../ui/paths';

const VIRTUAL_FROM = 60;
const ROW_HEIGHT = 76;

type Props = { offers: Offer[]; providers: ReadonlyMap<string, string> };

function Row({ offer, provider }: { offer: Offer; provider: string }) {
  const { t } = useTranslation('directory');
  return (
    <Link className="row directory-row" to={paths.offer(offer.id)} data-offer-row="">
      <span className="directory-row-name">{offer.name}</span>
      <span className="directory-row-meta">
        {provider}
        {offer.cost.free ? ` · ${t('search.free_short')}` : null}
        {offer.archived ? ` · ${t('search.archivedBadge')}` : null}
      </span>
    </Link>
  );
}

export function OfferResults({ offers, providers }: Props) {
  const { t } = useTranslation('directory');
  if (offers.length < VIRTUAL_FROM) {
    return (
      <ul className="list card" aria-label={t('search.results')}>
        {offers.map((offer) => (
          <li key={offer.id}>
            <Row offer={offer} provider={providers.get(offer.providerId) ?? ''} />
          </li>
        ))}
      </ul>
    );
  }
  return <VirtualResults offers={offers} providers={providers} />;
}

function VirtualResults({ offers, providers }: Props) {
  const { t } = useTranslation('directory');
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change on every render by design; React Compiler skips this
  // component for it, which is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: offers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(offers.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only be mounted after the scroll has been rendered.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"] a`)?.focus());
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const current = (event.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index');
    if (current === null || current === undefined) return;
    const index = Number(current);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: offers.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div ref={scroller} className="directory-scroller card" onKeyDown={onKeyDown}>
      <ul className="list directory-virtual" aria-label={t('search.results')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const offer = offers[item.index]!;
          return (
            <li
              key={offer.id}
              data-index={item.index}
              aria-setsize={offers.length}
              aria-posinset={item.index + 1}
              className="directory-virtual-row"
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              <Row offer={offer} provider={providers.get(offer.providerId) ?? ''} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
