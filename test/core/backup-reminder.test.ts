// When should a caseworker be reminded to save their work off the tablet?
import { describe, expect, test } from 'vitest';
import { isBackupReminderDue, lastSafePoint, parseReminderDays } from '../../src/core/backup-reminder';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('the backup reminder', () => {
  test('a device where nothing was ever changed needs no reminder', () => {
    expect(isBackupReminderDue({ lastChangeAt: undefined, lastExportAt: undefined, lastSyncAt: undefined }, at(30), 7)).toBe(false);
  });

  test('changes never exported are reminded about once they are older than the interval', () => {
    const state = { lastChangeAt: at(1), lastExportAt: undefined, lastSyncAt: undefined };
    expect(isBackupReminderDue(state, at(8), 7)).toBe(false);
    expect(isBackupReminderDue(state, at(9), 7)).toBe(true);
  });

  test('an export after the last change silences the reminder, however long ago it was', () => {
    expect(isBackupReminderDue({ lastChangeAt: at(1), lastExportAt: at(2), lastSyncAt: undefined }, at(30), 7)).toBe(false);
  });

  test('a sync counts as much as an export', () => {
    expect(isBackupReminderDue({ lastChangeAt: at(1), lastExportAt: undefined, lastSyncAt: at(3) }, at(30), 7)).toBe(false);
  });

  test('a change after the last backup is reminded about when that backup is older than the interval', () => {
    const state = { lastChangeAt: at(20), lastExportAt: at(10), lastSyncAt: at(5) };
    expect(lastSafePoint(state)).toBe(at(10));
    expect(isBackupReminderDue(state, at(16), 7)).toBe(false);
    expect(isBackupReminderDue(state, at(21), 7)).toBe(true);
  });

  test('a longer interval chosen in the settings waits longer', () => {
    const state = { lastChangeAt: at(1), lastExportAt: undefined, lastSyncAt: undefined };
    expect(isBackupReminderDue(state, at(12), 14)).toBe(false);
    expect(isBackupReminderDue(state, at(12), 3)).toBe(true);
  });

  test('the interval is a whole number of days from 1 to 365', () => {
    expect(parseReminderDays(' 14 ')).toBe(14);
    expect(parseReminderDays('0')).toBeUndefined();
    expect(parseReminderDays('366')).toBeUndefined();
    expect(parseReminderDays('2,5')).toBeUndefined();
    expect(parseReminderDays('')).toBeUndefined();
  });
});
