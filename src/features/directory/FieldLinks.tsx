import { Link } from 'react-router';
import { paths } from '../../ui/paths';

/** Links to fields of action, named from `names` (the id stands in while the fields load). */
export function FieldLinks({ ids, names }: { ids: readonly string[]; names: ReadonlyMap<string, string> }) {
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <Link to={paths.field(id)}>{names.get(id) ?? id}</Link>
        </li>
      ))}
    </ul>
  );
}
