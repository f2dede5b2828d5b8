// A county the size SPEC.md P11 names: about 10,000 records of about 800 bytes each (a county's
// real texts are that long), so its first upload is about 8 MB. The benchmark and the body-limit
// test both send it.
import { randomUUID } from 'node:crypto';
import { makeGoal, makeMeasure, makeNeed } from '../factories';
import { countyRecords, writeOrder } from './county-records';
import type { Rec, Sent } from './sync-device';

const text = 'Wöchentliches Treffen im Bürgerhaus: Deutsch üben, Fragen zu Behörden und Schule klären, Kinderbetreuung vor Ort. '.repeat(4);

/** A county of about `size` records: the linked records, then goals, measures and needs. */
export function bigCounty(size: number): Sent[] {
  const county = countyRecords();
  const sent: Sent[] = writeOrder.flatMap((kind) => county[kind].map((record) => ({ kind, record })));
  const field = county.fieldsOfAction[0]!;
  const member = county.municipalities[1]!;
  const goals: Rec[] = [];
  for (let n = 0; sent.length < size; n += 1) {
    if (n % 3 === 0 || goals.length === 0) {
      const goal = makeGoal({ id: randomUUID(), fieldId: field.id, title: `Ziel ${n}`, description: text }) as unknown as Rec;
      goals.push(goal);
      sent.push({ kind: 'goals', record: goal });
    } else if (n % 3 === 1) {
      sent.push({ kind: 'measures', record: makeMeasure({ id: randomUUID(), goalIds: [goals[goals.length - 1]!.id], title: `Maßnahme ${n}`, description: text }) });
    } else {
      sent.push({ kind: 'needs', record: makeNeed({ id: randomUUID(), fieldId: field.id, municipalityId: member.id, description: text }) });
    }
  }
  return sent;
}
