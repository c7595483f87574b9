/**
 * The general rules added after the blind measurement of test/fixtures/heldout110 (negation, zero and conditions), on
 * texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('a denial inside what an implied pattern skips', () => {
  it('denies the universal (尚未实现全覆盖, 还未实现全覆盖)', () => {
    expect(values('全县各乡镇党政主要负责人年终述法尚未实现全覆盖,已有18个乡镇开展。', 'shufa_coverage')).not.toContain(100);
    expect(values('村级法律顾问目前还未实现全覆盖。', 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('but the universal stated plainly stands', () => {
    expect(values('全县各乡镇党政主要负责人年终述法已实现全覆盖。', 'shufa_coverage')).toContain(100);
    expect(values('村级法律顾问今年实现全覆盖。', 'legal_adviser_coverage_rate')).toEqual([100]);
  });
});

describe('an exception limits the universal after it (除…外均…)', () => {
  it('gives no coverage of all the units', () => {
    expect(values('全镇11个村除新合并的1个村外均已聘请法律顾问。', 'legal_adviser_coverage_rate')).toEqual([]);
  });

  it('gives no completion rate of 100 beside the stated one', () => {
    expect(values('承办政协提案35件,除2件需跨部门协调外,其余均已办结,办复率94.3%。', 'proposals_completion_rate')).toEqual([94.3]);
  });

  it('gives no count of answered requests that is the whole', () => {
    expect(values('收到政府信息公开申请26件,除1件申请人撤回外,都已按期答复。', 'disclosure_requests_closed')).toEqual([]);
  });

  it('but 除…外,还… (besides) leaves the universal whole', () => {
    expect(values('全街道8个社区全部聘请了法律顾问,除此之外还组建了志愿律师团。', 'legal_adviser_coverage_rate')).toEqual([100]);
    expect(values('收到政府信息公开申请26件,全部按期答复,除答复外还主动公开了相关信息。', 'disclosure_requests_closed')).toEqual([26]);
  });
});
