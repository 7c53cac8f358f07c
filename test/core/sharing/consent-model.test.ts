import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseFormat, ShareStatus } from '../../../src-main/contract';
import { getShare } from '../../../src-main/core/sharing/shares.service';
import { STRONG_PASSPHRASE, call } from '../../support/core-fixture';
import type { SharingFixture } from './sharing-fixture';
import { approval, createShare, errorCode, makeSharingCore, shareFields } from './sharing-fixture';

/**
 * The consent rules as a model: random sequences of create, edit, review, approve, decline,
 * leave review, withdraw, time passing and release run against the real core, and after every
 * step a release has succeeded exactly when the model held an active, matching, unexpired,
 * unused consent for that share and format.
 */

const DAY = 86_400_000;

interface ModelConsent {
  decision: 'given' | 'declined';
  status: 'active' | 'declined' | 'used' | 'withdrawn' | 'void';
  format: ReleaseFormat | null;
  expiresAt: number;
}

interface ModelShare {
  status: Exclude<ShareStatus, 'expired'>;
  consent: ModelConsent | null;
}

interface Model {
  shares: ModelShare[];
  review: number | null;
  /** The share last put before the person: releases aim there often, so runs reach them. */
  lastReviewed: number | null;
  now: number;
  released: number;
}

interface Real {
  s: SharingFixture;
  ids: string[];
  edits: number;
  filesAtStart: number;
}

function expired(consent: ModelConsent | null, now: number): boolean {
  return consent?.status === 'active' && now >= consent.expiresAt;
}

function status(share: ModelShare, now: number): ShareStatus {
  return share.status === 'approved' && expired(share.consent, now) ? 'expired' : share.status;
}

/** What the model says a release must answer: null for success, or the refusal's code. */
function expectedRelease(share: ModelShare, format: ReleaseFormat, now: number): string | null {
  const consent = share.consent;
  if (!consent) return 'CONSENT_REQUIRED';
  if (consent.status === 'declined') return 'CONSENT_DECLINED';
  if (consent.status === 'withdrawn') return 'CONSENT_WITHDRAWN';
  if (consent.status === 'used') return 'CONSENT_USED';
  if (consent.status === 'void') return 'CONSENT_MISMATCH';
  if (now >= consent.expiresAt) return 'CONSENT_EXPIRED';
  if (consent.format !== format || share.status !== 'approved') return 'CONSENT_MISMATCH';
  return null;
}

/** After every step: each share's status and the number of files written agree with the model. */
async function agree(m: Model, r: Real): Promise<void> {
  const db = r.s.f.core.vault.database();
  const deps = { clock: r.s.f.clock, newId: () => 'unused' };
  for (const [i, id] of r.ids.entries()) {
    const share = await getShare(db, deps, id);
    const modelShare = m.shares[i] as ModelShare;
    expect(share.status, `share ${i}`).toBe(status(modelShare, m.now));
  }
  expect(r.s.saver.files.length - r.filesAtStart).toBe(m.released);
}

/** What the releases answered over all runs, to show the runs reached each rule. */
const outcomes = new Map<string, number>();

type Cmd = fc.AsyncCommand<Model, Real>;

class Create implements Cmd {
  check = (m: Readonly<Model>) => m.review === null && m.shares.length < 3;
  async run(m: Model, r: Real) {
    const share = await createShare(r.s);
    r.ids.push(share.id);
    m.shares.push({ status: 'draft', consent: null });
    await agree(m, r);
  }
  toString = () => 'create';
}

/** A share chosen by a random number, whatever the number of shares the run has made. */
abstract class OnShare {
  constructor(readonly pick: number) {}
  index = 0;
  protected choose(m: Readonly<Model>): boolean {
    if (m.shares.length === 0) return false;
    this.index = this.pick % m.shares.length;
    return true;
  }
}

class Edit extends OnShare implements Cmd {
  check = (m: Readonly<Model>) => this.choose(m) && (m.review === null || m.review === this.index);
  async run(m: Model, r: Real) {
    this.choose(m);
    const share = m.shares[this.index] as ModelShare;
    const id = r.ids[this.index] as string;
    r.edits += 1;
    const body = `Edited words, version ${r.edits}.`;
    if (m.review === this.index) {
      const code = await errorCode(r.s, 'review.edit', {
        fields: { purpose: shareFields(r.s).purpose, body, quotes: [] },
        language: 'en',
      });
      expect(code).toBe(share.status === 'in_review' ? null : 'WRONG_STATE');
    } else {
      const code = await errorCode(r.s, 'shares.save', {
        id,
        fields: shareFields(r.s, { body, quotes: [] }),
      });
      if (share.status === 'withdrawn') {
        expect(code).toBe('WRONG_STATE');
      } else {
        expect(code).toBeNull();
        share.status = 'draft';
        if (share.consent?.status === 'active' && !expired(share.consent, m.now)) {
          share.consent.status = 'void';
        }
      }
    }
    await agree(m, r);
  }
  override toString = () => `edit(#${this.pick})`;
}

class StartReview extends OnShare implements Cmd {
  check = (m: Readonly<Model>) => m.review === null && this.choose(m);
  async run(m: Model, r: Real) {
    this.choose(m);
    const share = m.shares[this.index] as ModelShare;
    const ok = ['draft', 'in_review', 'declined', 'expired'].includes(status(share, m.now));
    const code = await errorCode(r.s, 'review.start', {
      shareId: r.ids[this.index],
      language: 'en',
    });
    expect(code).toBe(ok ? null : 'WRONG_STATE');
    if (ok) {
      share.status = 'in_review';
      m.review = this.index;
      m.lastReviewed = this.index;
    }
    await agree(m, r);
  }
  override toString = () => `review(#${this.pick})`;
}

class Approve implements Cmd {
  constructor(
    readonly format: ReleaseFormat,
    readonly days: number,
  ) {}
  check = (m: Readonly<Model>) => m.review !== null;
  async run(m: Model, r: Real) {
    const share = m.shares[m.review as number] as ModelShare;
    const code = await errorCode(
      r.s,
      'review.approve',
      approval({ format: this.format, expiresInDays: this.days }),
    );
    expect(code).toBe(share.status === 'in_review' ? null : 'WRONG_STATE');
    if (share.status === 'in_review') {
      share.status = 'approved';
      share.consent = {
        decision: 'given',
        status: 'active',
        format: this.format,
        expiresAt: m.now + this.days * DAY,
      };
    }
    await agree(m, r);
  }
  toString = () => `approve(${this.format}, ${this.days}d)`;
}

class Decline implements Cmd {
  check = (m: Readonly<Model>) => m.review !== null;
  async run(m: Model, r: Real) {
    const share = m.shares[m.review as number] as ModelShare;
    const code = await errorCode(r.s, 'review.decline', { method: 'side_by_side', language: 'en' });
    expect(code).toBe(share.status === 'in_review' ? null : 'WRONG_STATE');
    if (share.status === 'in_review') {
      share.status = 'declined';
      share.consent = { decision: 'declined', status: 'declined', format: null, expiresAt: 0 };
    }
    await agree(m, r);
  }
  toString = () => 'decline';
}

class ExitReview implements Cmd {
  check = (m: Readonly<Model>) => m.review !== null;
  async run(m: Model, r: Real) {
    await call(r.s.f.core, 'review.exit', { passphrase: STRONG_PASSPHRASE });
    const share = m.shares[m.review as number] as ModelShare;
    if (share.status === 'in_review') share.status = 'draft';
    m.review = null;
    await agree(m, r);
  }
  toString = () => 'exit';
}

class Withdraw extends OnShare implements Cmd {
  check = (m: Readonly<Model>) => m.review === null && this.choose(m);
  async run(m: Model, r: Real) {
    this.choose(m);
    const share = m.shares[this.index] as ModelShare;
    const ok = ['approved', 'released'].includes(status(share, m.now));
    const code = await errorCode(r.s, 'shares.withdraw', {
      id: r.ids[this.index],
      reason: 'Changed my mind',
    });
    expect(code).toBe(ok ? null : 'WRONG_STATE');
    if (ok && share.consent) {
      share.status = 'withdrawn';
      share.consent.status = 'withdrawn';
    }
    await agree(m, r);
  }
  override toString = () => `withdraw(#${this.pick})`;
}

class TimePasses implements Cmd {
  constructor(readonly days: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    r.s.f.clock.advance(this.days * DAY);
    m.now += this.days * DAY;
    await agree(m, r);
  }
  toString = () => `time(+${this.days}d)`;
}

/** A release of the share last reviewed, in the format agreed or in another one. */
class ReleaseReviewed implements Cmd {
  constructor(readonly format: ReleaseFormat | 'agreed') {}
  check = (m: Readonly<Model>) => m.review === null && m.lastReviewed !== null;
  async run(m: Model, r: Real) {
    const index = m.lastReviewed as number;
    const agreed = (m.shares[index] as ModelShare).consent?.format ?? 'pdf';
    await new Release(index, this.format === 'agreed' ? agreed : this.format).run(m, r);
  }
  toString = () => `releaseReviewed(${this.format})`;
}

class Release extends OnShare implements Cmd {
  constructor(
    pick: number,
    readonly format: ReleaseFormat,
  ) {
    super(pick);
  }
  check = (m: Readonly<Model>) => m.review === null && this.choose(m);
  async run(m: Model, r: Real) {
    this.choose(m);
    const share = m.shares[this.index] as ModelShare;
    const expected = expectedRelease(share, this.format, m.now);
    const result = await r.s.f.core.dispatch('shares.release', {
      id: r.ids[this.index],
      format: this.format,
    });
    outcomes.set(expected ?? 'saved', (outcomes.get(expected ?? 'saved') ?? 0) + 1);
    if (expected === null) {
      expect(result).toMatchObject({ ok: true, value: { outcome: 'saved' } });
      share.status = 'released';
      (share.consent as ModelConsent).status = 'used';
      m.released += 1;
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: expected } });
    }
    await agree(m, r);
  }
  override toString = () => `release(#${this.pick}, ${this.format})`;
}

const pick = fc.nat({ max: 5 });
const format = fc.constantFrom<ReleaseFormat>('pdf', 'fhir_json');
const create = fc.constant(new Create());
const review = pick.map((i) => new StartReview(i));
const approve = fc
  .tuple(format, fc.integer({ min: 1, max: 40 }))
  .map(([f, d]) => new Approve(f, d));
const exit = fc.constant(new ExitReview());
const release = fc.tuple(pick, format).map(([i, f]) => new Release(i, f));
/** Repeated entries weigh the draw toward the steps a release needs, so runs reach it. */
const commands = [
  create,
  pick.map((i) => new Edit(i)),
  review,
  review,
  review,
  approve,
  approve,
  approve,
  fc.constant(new Decline()),
  exit,
  exit,
  exit,
  pick.map((i) => new Withdraw(i)),
  fc.integer({ min: 1, max: 12 }).map((d) => new TimePasses(d)),
  release,
  release,
  fc
    .constantFrom<ReleaseFormat | 'agreed'>('agreed', 'agreed', 'pdf', 'fhir_json')
    .map((f) => new ReleaseReviewed(f)),
  fc.constant(new ReleaseReviewed('agreed')),
];

let s: SharingFixture;
beforeAll(async () => {
  s = await makeSharingCore();
});
afterAll(async () => {
  await s.cleanup();
});

describe('consent, as a model', () => {
  it('a release succeeds exactly when an active, matching, unexpired, unused consent exists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'max' }), async (cmds) => {
        // Each run starts outside review mode, with shares of its own.
        await s.f.core.dispatch('review.exit', { passphrase: STRONG_PASSPHRASE });
        const setup = async () => ({
          model: {
            shares: [],
            review: null,
            lastReviewed: null,
            now: s.f.clock.now(),
            released: 0,
          } as Model,
          real: { s, ids: [], edits: 0, filesAtStart: s.saver.files.length } as Real,
        });
        await fc.asyncModelRun(setup, cmds);
      }),
      { numRuns: 30 },
    );
    // The runs reached the interesting parts: releases that went out, and refusals.
    expect(outcomes.get('saved') ?? 0).toBeGreaterThan(0);
    expect(s.saver.files).toHaveLength(outcomes.get('saved') ?? 0);
    expect(outcomes.get('CONSENT_REQUIRED') ?? 0).toBeGreaterThan(0);
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  });
});
