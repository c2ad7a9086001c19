import { describe, expect, it } from 'vitest';
import type { QuestionLimits, Scope, Store } from '../../../workflows/store.ts';

const W1: Scope = { platform: 'slack', tenant: 'T-limits-1' };
const W2: Scope = { platform: 'slack', tenant: 'T-limits-2' };
const TEAMS: Scope = { platform: 'teams', tenant: 'T-limits-1' };
// Mid-minute and mid-day, so every test stays inside one window.
const NOON = new Date(Date.UTC(2026, 2, 4, 12, 0, 30));
const later = (s: number) => new Date(NOON.getTime() + s * 1000);

/**
 * Part of the Store contract (issue 15): question counts shared by replicas, and export files any replica can
 * serve. Called inside storeContract, so SQLite and PostgreSQL both meet it.
 */
export function opsContract(storeOf: () => Store): void {
  describe('question limits', () => {
    const limits: QuestionLimits = { perUserPerMinute: 3, perWorkspacePerDay: 5 };

    it('admits a user\'s questions up to the minute limit, then says when the next minute starts', async () => {
      const store = storeOf();
      for (let i = 0; i < 3; i++) expect(await store.countQuestion(W1, 'U-a', limits, later(i))).toEqual({ admitted: true });
      expect(await store.countQuestion(W1, 'U-a', limits, later(3))).toEqual({ admitted: false, limit: 'user-minute', allowed: 3, retryAt: '2026-03-04T12:01:00.000Z' });
      // Another user of the same workspace still has their minute; the refused question spent nothing.
      expect(await store.countQuestion(W1, 'U-b', limits, later(4))).toEqual({ admitted: true });
      // The next minute admits U-a again.
      expect(await store.countQuestion(W1, 'U-a', limits, later(31))).toEqual({ admitted: true });
    });

    it('caps the workspace per UTC day across users, keeps workspaces and platforms apart, and reopens at midnight', async () => {
      const store = storeOf();
      // W1 already has 5 admitted today (4 from U-a, 1 from U-b above) when run in order; count W2 from scratch.
      for (let i = 0; i < 5; i++) expect((await store.countQuestion(W2, `U-${i}`, limits, later(i))).admitted).toBe(true);
      const refused = await store.countQuestion(W2, 'U-new', limits, later(6));
      expect(refused).toEqual({ admitted: false, limit: 'workspace-day', allowed: 5, retryAt: '2026-03-05T00:00:00.000Z' });
      // The refused question did not use U-new's minute either: with the daily cap off, U-new has all 3.
      for (let i = 0; i < 3; i++) expect((await store.countQuestion(W2, 'U-new', { perUserPerMinute: 3, perWorkspacePerDay: 0 }, later(7))).admitted).toBe(true);
      expect((await store.countQuestion(TEAMS, 'U-x', limits, later(8))).admitted).toBe(true);
      expect((await store.countQuestion(W2, 'U-0', limits, new Date(Date.UTC(2026, 2, 5, 0, 0, 1)))).admitted).toBe(true);
    });

    it('admits everything when both limits are 0', async () => {
      const store = storeOf();
      for (let i = 0; i < 20; i++) expect((await store.countQuestion(W1, 'U-free', { perUserPerMinute: 0, perWorkspacePerDay: 0 }, later(9))).admitted).toBe(true);
    });

    it('counts exactly under concurrency: 20 questions at once, 4 allowed, 4 admitted', async () => {
      const store = storeOf();
      const scope = { platform: 'slack', tenant: 'T-race' };
      const results = await Promise.all(Array.from({ length: 20 }, () => store.countQuestion(scope, 'U-race', { perUserPerMinute: 4, perWorkspacePerDay: 0 }, later(10))));
      expect(results.filter((r) => r.admitted)).toHaveLength(4);
    });

    it('drops windows that ended over a day ago when a question opens a new window', async () => {
      const store = storeOf();
      const old: Scope = { platform: 'slack', tenant: 'T-limits-old' };
      expect((await store.countQuestion(old, 'U-old', limits, new Date(NOON.getTime() - 3 * 86_400_000))).admitted).toBe(true);
      // Another workspace's first question today opens new windows: the old workspace's windows go with that write.
      expect((await store.countQuestion({ platform: 'slack', tenant: 'T-limits-new' }, 'U-new', limits, later(11))).admitted).toBe(true);
      expect((await store.deleteWorkspaceData(old)).question_counts).toBe(0);
    });
  });

  describe('held exports', () => {
    const file = (id: string, expiresAt: Date) => ({ id, name: 'Acme – checklist.docx', mimeType: 'application/octet-stream', title: 'Checklist: Acme', data: new Uint8Array([0, 1, 2, 255, 80, 75]), expiresAt: expiresAt.toISOString() });

    it('returns an export byte for byte to its own workspace only, until it expires or is deleted', async () => {
      const store = storeOf();
      const future = new Date(Date.now() + 3_600_000);
      await store.putExport(W1, file('f-1', future));
      const got = await store.getExport(W1, 'f-1');
      expect(got && { ...got, data: [...got.data] }).toEqual({ ...file('f-1', future), data: [0, 1, 2, 255, 80, 75] });
      expect(await store.getExport(W2, 'f-1')).toBeUndefined();
      expect(await store.getExport(TEAMS, 'f-1')).toBeUndefined();
      expect(await store.getExport(W1, 'f-1', new Date(future.getTime() + 1))).toBeUndefined();
      await store.deleteExport(W2, 'f-1');
      expect(await store.getExport(W1, 'f-1')).toBeDefined();
      await store.deleteExport(W1, 'f-1');
      expect(await store.getExport(W1, 'f-1')).toBeUndefined();
    });

    it('prunes expired exports on the next write', async () => {
      const store = storeOf();
      await store.putExport(W1, file('f-old', new Date(Date.now() + 150)));
      await new Promise((r) => setTimeout(r, 200));
      await store.putExport(W2, file('f-new', new Date(Date.now() + 3_600_000)));
      // Even a clock that went back could not bring it back: the row is gone, not just hidden.
      expect(await store.getExport(W1, 'f-old', new Date(0))).toBeUndefined();
      expect(await store.getExport(W2, 'f-new')).toBeDefined();
    });
  });
}
