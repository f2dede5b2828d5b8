// The sync route (SPEC.md P1–P14): one request carries a device's changed records and takes
// back everything changed since the device last synced. Its body limit is its own (P11), so a
// county's first upload fits while every other route keeps the small one.
import { syncAnswer, syncRequest } from '../../core/merge/protocol';
import type { ServerContext } from '../context';
import { actorOf } from '../http/authenticate';
import { errorBody } from '../http/errors';
import type { ZodApp } from '../http/zod-app';
import { sync } from './sync';

const secured = [{ bearer: [] }];

export function syncRoutes(app: ZodApp, ctx: ServerContext): void {
  app.post('/api/sync', {
    bodyLimit: ctx.config.syncBodyLimit,
    schema: {
      summary: 'Sync: send the records changed on the device, receive every record changed since the last sync',
      description: [
        'The rules are in src/core/merge/SPEC.md (P1–P14, M1–M14). Each changed record is merged per field with the county\'s record against the revision `base` names',
        '(or, for a change made from the example, against the version `starts` holds);',
        'a field changed differently on both sides keeps the server\'s value and the device\'s goes into a conflict record. All or nothing: one change the sender\'s role',
        'may not make refuses the whole request (403 forbidden, naming it). A retry with the same syncId gets the same answer and applies nothing twice.',
        'An older data format is brought up to date first; one too old gets 426 update_app, a newer one 409 update_server.',
      ].join(' '),
      tags: ['sync'], security: secured,
      body: syncRequest,
      response: { 200: syncAnswer, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody, 426: errorBody },
    },
  }, (request) => sync(ctx, actorOf(request), request.body));
}
