// A route whose page only a role that may do this sees (others read why: ui/may.tsx,
// RoleLimit). The gate loads with the page, not with the shell.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { EntityKind } from '../core/schema';
import type { Operation } from '../db/device-role';

export function gatedRoute(kind: EntityKind, operation: Operation, page: () => Promise<ComponentType>, field?: string): RouteObject['lazy'] {
  return async () => {
    const [{ onlyFor }, Page] = await Promise.all([import('./may'), page()]);
    return { Component: onlyFor(kind, operation, Page, field) };
  };
}
