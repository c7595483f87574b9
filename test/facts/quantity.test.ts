import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/facts/quantity.js';

const one = (text: string) => {
  const qs = parseQuantities(text);
  expect(qs).toHaveLength(1);
  const q = qs[0]!;
  return { value: q.value, unit: q.unit, qualifier: q.qualifier, text: text.slice(q.start, q.end) };
};

describe('parseQuantities', () => {
  it.each([
    ['共办理案件46件', 46, '件', 'exact', '46件'],
    ['出庭46 件', 46, '件', 'exact', '46 件'],
    ['出庭率90.20 %', 90.2, '%', 'exact', '90.20 %'],
    ['配齐网格员2.1万余名', 21000, '名', 'at_least', '2.1万余名'],
    ['审核信息1.9万条', 19000, '条', 'exact', '1.9万条'],
    ['培训干部三千余名', 3000, '名', 'at_least', '三千余名'],
    ['每年听取汇报两次', 2, '次', 'exact', '两次'],
    ['举办讲座十二期', 12, '期', 'exact', '十二期'],
    ['满意率达百分之九十五', 95, '%', 'exact', '百分之九十五'],
    ['出庭率达到百分之百', 100, '%', 'exact', '百分之百'],
    ['近九成的纠纷就地化解', 90, '%', 'less_than', '近九成'],
    ['覆盖率95%以上', 95, '%', 'at_least', '95%以上'],
    ['不少于60学时的培训', 60, '学时', 'at_least', '不少于60学时'],
    ['超过300人参加', 300, '人', 'more_than', '超过300人'],
    ['约40名干部', 40, '名', 'about', '约40名'],
    ['参训700余人', 700, '人', 'at_least', '700余人'],
    ['共计1,234人', 1234, '人', 'exact', '1,234人'],
    ['提高3.2个百分点', 3.2, '个百分点', 'exact', '3.2个百分点'],
    ['共出动执法人员3354人次', 3354, '人次', 'exact', '3354人次'],
  ])('%s', (text, value, unit, qualifier, span) => {
    expect(one(text)).toEqual({ value, unit, qualifier, text: span });
  });

  // the numeral reader runs only where a numeral stands before a unit, %, 成/折 or in …分之…: these must still be read
  it.each([
    ['参训干部三十余 名', 30, '名', 'at_least', '三十余 名'],
    ['共化解纠纷两万多件', 20000, '件', 'at_least', '两万多件'],
    ['群众满意度达到八成五', 85, '%', 'exact', '八成五'],
    ['有千分之三的案件', 0.3, '%', 'exact', '千分之三'],
    ['出动二 百 人次', 200, '人次', 'exact', '二 百 人次'],
    ['受理案件两千零二十三件', 2023, '件', 'exact', '两千零二十三件'],
    ['审核文件二十三万四千五百件', 234500, '件', 'exact', '二十三万四千五百件'],
    ['投入资金三千余万元', 30000000, '元', 'exact', '三千余万元'],
    ['资产三万亿五千万元', 3000050000000, '元', 'exact', '三万亿五千万元'],
  ])('reads the Chinese numerals of %s', (text, value, unit, qualifier, span) => {
    expect(one(text)).toEqual({ value, unit, qualifier, text: span });
  });

  // digits spaced apart inside one number: letter-spaced, or thousands set apart by a blank
  it.each([
    ['办理行政复议案件3 0 件', 30, '件', 'exact', '3 0 件'],
    ['出动 2 1 次', 21, '次', 'exact', '2 1 次'],
    ['接待来访群众1 200人次', 1200, '人次', 'exact', '1 200人次'],
    ['培训执法人员2 350余名', 2350, '名', 'at_least', '2 350余名'],
    ['落实经费12 500 000元', 12500000, '元', 'exact', '12 500 000元'],
    ['落实经费1 200万元', 12000000, '元', 'exact', '1 200万元'],
  ])('reads the spaced digits of %s as one number', (text, value, unit, qualifier, span) => {
    expect(one(text)).toEqual({ value, unit, qualifier, text: span });
  });

  // two columns of figures keep apart: no counting word right after a group of exactly three digits
  it.each([
    ['收案 12 15件', [15]],
    ['审结 2023 2024', []],
    ['审结 12 150 件', [150]],
    ['审结 1234 567件', [567]],
    ['收案 3 0', []],
    ['第1 2件', [2]],
  ])('reads the figures of %s apart', (text, values) => {
    expect(parseQuantities(text).map((q) => q.value)).toEqual(values);
  });

  it('reads no amount in some tens or hundreds (数十名, 几百件), but in 数 before a whole number', () => {
    for (const s of ['另聘顾问数十名', '发放资料几百份', '参与群众数万人次', '数千件']) expect(parseQuantities(s)).toEqual([]);
    expect(one('人员总数十二名').value).toBe(12);
  });

  it('reads a table cell in Chinese numerals after its row label with the unit in brackets, a lone digit too', () => {
    expect(one('受理复议申请(件) | 伍拾壹 | 肆拾贰')).toEqual({ value: 51, unit: '件', qualifier: 'exact', text: '伍拾壹' });
    expect(one('调处纠纷(件) | 一百零二 | 九十')).toEqual({ value: 102, unit: '件', qualifier: 'exact', text: '一百零二' });
    expect(one('新增执法记录仪(台) | 柒 | 叁')).toEqual({ value: 7, unit: '台', qualifier: 'exact', text: '柒' });
  });

  it('reads 一年两次 as 2 times, not 1 year', () => {
    expect(parseQuantities('常务会一年两次听取汇报').map((q) => [q.value, q.unit])).toEqual([[2, '次']]);
  });

  it.each([
    ['201910月,召开督察会'],
    ['截止20191231日,发布清单'],
    ['2023年,全区推进'],
    ['坚持第三次全会精神'],
    ['一是加强领导,二是健全机制'],
    ['学习十九届四中全会精神'],
    ['生产零件的企业'],
    ['达到每4名执法人员配备的标准'],
    ['《实施方案(2021-2025年)》'],
    ['厅字〔201928号'],
    ['拨打12345热线'],
    ['进修班(第三、四期)'],
    ['在第79次常务会议上研究'],
    ['第 12 期培训班'],
    // junk: units that do not fall from left to right, digits beyond what a double holds
    ['办理案件一千一千件'],
    ['办理案件三千四千件'],
    ['办理案件一万一万件'],
    ['办理案件一亿亿件'],
    ['办理案件99999999999999999999件'],
  ])('finds no quantity in %s', (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });
});
