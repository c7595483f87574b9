/**
 * The general rules added after the blind measurement of test/fixtures/heldout71 (campaign years: the 疫情 clean-up,
 * 扫黑除恶, 创文), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const TITLE = '梧溪县2023年法治政府建设工作报告';
const read = (body: string) => sectionStatuses(lexicon, TITLE, body);

describe('a repeal told after the normative documents it picks', () => {
  it('reads 对…的规范性文件废止N件, also after the total gone through (对其中…)', async () => {
    const facts = await read('县司法局对乡镇报送的各类文件逐件核对,共核对文件58件,对其中与现行政策不符的行政规范性文件宣布废止4件,其余文件继续执行。');
    expect(statusesWithId(facts, 'normative_docs_cleaned')).toEqual(['normative_docs_cleaned=4:achieved']);
  });

  it('but not a count of documents amended and repealed together, nor the Party’s own', async () => {
    const both = await read('对同上位法冲突的县政府规范性文件修改和废止共11件。');
    expect(statusesWithId(both, 'normative_docs_cleaned')).toEqual([]);
    const party = await read('对县委印发的党内规范性文件废止2件。');
    expect(statusesWithId(party, 'normative_docs_cleaned')).toEqual([]);
  });
});

describe('disputes the body only helps another to handle', () => {
  it('are no disputes it mediated (协助处理, 配合处理)', async () => {
    const facts = await read('县政府法律顾问全程参与重点项目谈判,协助处理工程合同纠纷5起;各乡镇配合处理土地流转纠纷12件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([]);
  });

  it('unlike disputes it helps to mediate, or settles', async () => {
    const facts = await read('县司法局协助调解物业纠纷33起;全县人民调解组织化解矛盾纠纷2,640件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=33:achieved', 'disputes_mediated=2640:achieved']);
  });
});

describe('suits won of one cause only', () => {
  it('say nothing of the year’s lost suits', async () => {
    const facts = await read('全县行政诉讼案件41件,其中因农村宅基地审批引起的行政诉讼案件中,县政府均胜诉。');
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual([]);
  });

  it('unlike the year’s suits, all won', async () => {
    const facts = await read('全县以县政府为被告的行政诉讼案件41件,经法院审理,县政府全部胜诉。');
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=0:achieved']);
  });
});
