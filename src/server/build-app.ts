// The HTTP application: security headers, error handling, the OpenAPI document (generated
// from the zod schemas that validate each request), the API routes and the built app.
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServerContext } from './context';
import { errorShapeOptions, installErrorHandling } from './http/errors';
import { installGracefulStop } from './http/graceful-stop';
import { limitJsonDepth } from './http/json-body';
import { securityHeaders } from './http/security-headers';
import { staticApp } from './http/static-app';
import type { ZodApp } from './http/zod-app';
import { withSession } from './http/authenticate';
import { accountRoutes } from './routes/accounts';
import { loginRoute, sessionRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { recordRoutes } from './routes/records';
import { conflictRoutes } from './replication/conflict-routes';
import { historyRoutes } from './replication/history-routes';
import { syncRoutes } from './replication/routes';
import { revisionRoute } from './replication/revision-route';
import { prepareSecrets } from './security/sealed-secrets';
import { logRefusals, logSecurity } from './security/security-log';

export type AppOptions = {
  /** pino options, or false for no log (tests). */
  logger: boolean | Record<string, unknown>;
};

/** Log settings: JSON lines, and never a password, token or Authorization header. */
export function loggerOptions(level: string): Record<string, unknown> {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.totp', '*.current', '*.code', '*.device', '*.secret'], censor: '[redacted]' },
  };
}

export async function buildApp(ctx: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  const app: ZodApp = Fastify({
    logger: options.logger,
    bodyLimit: ctx.config.bodyLimit,
    // Behind a load balancer the client's address arrives in X-Forwarded-For (only then trusted).
    trustProxy: ctx.config.trustProxy,
    // While stopping, graceful-stop.ts answers 503 in the project's error shape instead.
    return503OnClosing: false,
    ...errorShapeOptions,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, ctx.config.bodyLimit);
  limitJsonDepth(app);
  await securityHeaders(app);
  installGracefulStop(app);
  logRefusals(app);
  // The key file must open the database's second-factor secrets; secrets still in clear are sealed now.
  const { box, sealed } = await prepareSecrets(ctx.store, ctx.config.secretKeyFile);
  if (sealed > 0) logSecurity(app.log, { event: 'secrets_sealed', count: sealed, keyId: box.currentId() });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Integrationskonzept county server',
        version: ctx.version,
        description: 'Accounts, roles and the county records behind the Integrationskonzept app. Every route except health, the OpenAPI document and login takes Authorization: Bearer TOKEN.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/login' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  healthRoutes(app, ctx);
  loginRoute(app, ctx);
  await withSession(app, ctx, (scope) => {
    sessionRoutes(scope, ctx);
    accountRoutes(scope, ctx);
    recordRoutes(scope, ctx);
    syncRoutes(scope, ctx);
    revisionRoute(scope, ctx);
    historyRoutes(scope, ctx);
    conflictRoutes(scope, ctx);
  });
  await staticApp(app, ctx.config.distDir);
  return app;
}
