/**
 * Leftovers of the held-out sets read in session 56, each fixed as a general rule and tested here on texts of our own,
 * with a negative case (the set that showed it named in its block's comment).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { findMentions } from '../../src/document/places/mentions.js';
import { bureau2024Statuses, metaLine, readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

const bureau = (...lines: string[]): string[] => bureau2024Statuses(lexicon, ...lines);

// heldout158: 本局取得公职律师证书的干部3名
describe('public lawyers counted as the holders of the certificate’s paper', () => {
  it('counts those holding or having obtained it', () => {
    expect(bureau('局机关聘请常年法律顾问2名，取得公职律师证书的干部共4名。')).toEqual(['legal_advisers=2:achieved', 'public_lawyers=4:achieved']);
    expect(bureau('全局持有公职律师证件的同志六名，均参与合法性审查。')).toEqual(['public_lawyers=6:achieved']);
  });

  it('but not those applied for', () => {
    expect(bureau('今年为3名干部申报公职律师证书。')).toEqual([]);
  });
});

// heldout154: 全县持证行政执法人员1130名,由县司法局统一管理 in a bureau's report
describe('a place’s whole in a department’s report whose roll another body keeps', () => {
  it('is that body’s count, not the department’s', () => {
    expect(bureau('本局持证执法人员31名。全县持证行政执法人员共1420名，由县司法局统一管理。')).toEqual(['enforcement_officers=31:achieved']);
    expect(bureau('我局配备执法记录仪12台，全县执法记录仪共530台，由县财政局集中管理。')).toEqual(['body_cameras=12:achieved']);
  });

  it('but the department keeping its own roll leaves the count its own', () => {
    expect(bureau('全县交通运输系统持证执法人员共86名，由本局统一管理。')).toEqual(['enforcement_officers=86:achieved']);
  });
});

// a title's 《…》和县直部门…: 和 "and", no 和县
describe('a one-character county whose stem is a conjunction', () => {
  it('is no place right after a closing mark', () => {
    expect(findMentions('关于印发《2024年普法依法治理工作要点》和县直单位责任分工的通知').map((m) => m.name)).toEqual([]);
    expect(findMentions('认真贯彻“八五”普法规划”和县委的部署').map((m) => m.name)).toEqual([]);
    expect(metaLine(lexicon, '关于印发《法治建设考核办法》和县直部门考核细则的通知\n各乡镇人民政府：\n现将有关文件印发给你们。\n')).toBe('other unknown - -');
  });

  it('but is one at the start of a title or after a quote’s opening', () => {
    expect(findMentions('和县2024年法治政府建设情况报告').map((m) => m.name)).toEqual(['和县']);
    expect(findMentions('《和县行政执法公示办法》').map((m) => m.name)).toEqual(['和县']);
  });
});

// heldout149: a 述法 meeting's record, 青岙镇去年 那个 调解…
describe('another place before 去年 in a text said after its year', () => {
  /** The numeric facts (statusesOf) of 澄川县's 述法 meeting of January 2025, on 2024, whose turns are `turns`. */
  const meeting = (...turns: string[]): string[] =>
    statusesOf(
      readQuoted(lexicon, ['澄川县2024年度党政主要负责人述法会议记录', '会议时间：2025年1月20日上午', '一、会议发言', ...turns, ''].join('\n')).facts.filter(
        (f) => typeof f.value === 'number',
      ),
    );

  it('tells that place’s year, its clause alone or with its act', () => {
    expect(
      meeting(
        '【00:03:00】王平：澄川县去年受理行政复议案件52件，县政府聘请法律顾问7名。',
        '【00:12:40】李明：石桥镇去年，那个，调解矛盾纠纷215件，全镇执法人员38名全部持证。',
        '【00:18:10】赵云：溪口乡去年组织学法4次，聘请法律顾问2名。',
      ),
    ).toEqual(['reconsideration_cases=52:achieved', 'legal_advisers=7:achieved']);
  });

  it('but the body’s own place before 去年 is the body', () => {
    expect(meeting('【00:05:30】王平：澄川县去年调解矛盾纠纷1,460件。')).toEqual(['disputes_mediated=1460:achieved']);
  });
});

// heldout11: 持有执法证件的劳动保障监察员共计214名，其中市本级47名 in a 人社局's report
describe('labour inspectors counted by their post', () => {
  it('are the enforcement officers of a 人社局', () => {
    expect(bureau('全县人社系统持有执法证件的劳动保障监察员共计58名。')).toEqual(['enforcement_officers=58:achieved']);
  });

  it('but discipline inspectors are none', () => {
    expect(bureau('县纪委监委派驻我局纪检监察员3名。')).toEqual([]);
  });
});
