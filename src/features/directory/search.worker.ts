// The search index lives here, off the main thread: building it for 10,000 offers takes
// longer than a frame, and the list must stay responsive while it is built.
import { OfferIndex } from '../../core/search/engine';
import type { WorkerReply, WorkerRequest } from './search-protocol';

const index = new OfferIndex();
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage: (reply: WorkerReply) => void };

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'sync') scope.postMessage({ type: 'synced', changed: index.sync(request.docs) });
  else scope.postMessage({ type: 'result', seq: request.seq, result: index.search(request.query) });
};
