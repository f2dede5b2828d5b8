// The device's role for every screen, read once by the layout (live) and handed down, so a
// screen's actions come with the screen and never flash (ui/may.tsx asks it). Kept apart from
// may.tsx, which loads with the screens: the shell carries only this.
import { createContext, useContext } from 'react';
import type { Role } from '../db/device-role';

const DeviceRole = createContext<Role | null | undefined>(undefined);

/** The device's role for every screen below (undefined while it loads: nothing is offered). */
export const DeviceRoleProvider = DeviceRole.Provider;

/** The device's role; undefined while it loads, null for a device that may do everything. */
export function useDeviceRoleContext(): Role | null | undefined {
  return useContext(DeviceRole);
}
