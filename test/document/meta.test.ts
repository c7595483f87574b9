import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { readDate } from '../../src/document/meta.js';
import { sourceOf } from './helpers.js';

function meta(text: string) {
  const { kind, level, place, year } = buildDocument(sourceOf(text));
  return { kind, level, place, year };
}

function full(text: string) {
  const { kind, level, place, code, parents, year } = buildDocument(sourceOf(text));
  return { kind, level, place, code, parents, year };
}

/** A body that is clearly about 法治政府 (enough domain cues), for fixtures that test other things. */
const DOMAIN_BODY = '全年推进依法行政,审查行政规范性文件8件,办理行政复议案件20件,行政执法人员全部持证上岗,法治政府建设取得成效。';

describe('document kind', () => {
  it('reads an annual report', () => {
    const text = [
      '松山区2023年法治政府建设情况报告',
      `2023年,松山区深入推进法治政府建设。现将有关情况报告如下:`,
      '一、主要举措和成效',
      DOMAIN_BODY,
      '二、存在的不足',
      '行政执法能力有待提高。',
      '三、2024年工作打算',
      '继续推进依法行政。',
    ].join('\n');
    expect(meta(text)).toEqual({ kind: 'annual_report', level: 'district', place: '松山区', year: 2023 });
  });

  it('reads an implementation plan over a range of years: year null', () => {
    const text = [
      '北岭县法治政府建设实施方案(2021—2025年)',
      '为全面推进依法行政,结合我县实际,制定本方案。',
      '一、总体要求',
      `到2025年,全县${DOMAIN_BODY}`,
      '二、主要任务',
      '各乡镇要严格执行重大行政决策程序,行政规范性文件应当经过合法性审核。',
    ].join('\n');
    expect(meta(text)).toEqual({ kind: 'plan', level: 'county', place: '北岭县', year: null });
    const doc = buildDocument(sourceOf(text));
    expect(doc.sentences.filter((s) => s.section !== null).every((s) => s.kind === 'plans')).toBe(true);
  });

  it('reads a one-year 工作要点 as a plan for that year', () => {
    const text = [
      '东湖市2024年法治政府建设工作要点',
      '一、深入学习贯彻习近平法治思想',
      `全市各级行政机关要${DOMAIN_BODY}`,
      '二、严格规范公正文明执法',
      '各县(市、区)要全面推行行政执法三项制度,到2024年底实现行政执法全覆盖。',
    ].join('\n');
    expect(meta(text)).toEqual({ kind: 'plan', level: 'city', place: '东湖市', year: 2024 });
  });

  it("reads a report that also announces next year's plan as an annual report", () => {
    const text = [
      '南塘镇2020年法治政府建设工作情况汇报及2021年工作计划',
      `2020年,南塘镇${DOMAIN_BODY}`,
      '一、主要工作完成情况',
      '全镇调解矛盾纠纷300件。',
      '二、存在的问题',
      '法律人才缺乏。',
      '三、2021年工作计划',
      '继续推进依法行政。',
    ].join('\n');
    expect(meta(text)).toEqual({ kind: 'annual_report', level: 'township', place: '南塘镇', year: 2020 });
  });

  it('reads a text that opens from the year it looks back on as a report, although it names an 实施方案', () => {
    const text = `2016年,全区${DOMAIN_BODY}各地对照实施方案推进,取得了长足进步。\n一、统筹推进\n全区审查文件30件。`;
    expect(meta(text)).toMatchObject({ kind: 'annual_report', year: 2016 });
  });

  it('refuses a text that is not about 法治政府', () => {
    const news = '本市今日迎来降温天气,气象台发布寒潮预警。市民出行请注意保暖,学校将推迟上课时间。商场客流有所减少。';
    expect(meta(news).kind).toBe('other');
    const recipe = '红烧肉做法:五花肉切块,冷水下锅焯水。锅中放糖炒色,加入酱油和清水,小火炖一小时。';
    expect(meta(recipe).kind).toBe('other');
    expect(buildDocument(sourceOf('')).kind).toBe('other');
  });
});

describe('level and place', () => {
  it('reads a department report', () => {
    const text = [
      '云岭市司法局2023年法治政府建设年度报告',
      `2023年,市司法局在市委、市政府的领导下,${DOMAIN_BODY}`,
      '一、主要举措和成效',
      '我局全年开展执法监督检查12次。',
      '二、存在的不足',
      '局机关执法人员不足。',
    ].join('\n');
    expect(meta(text)).toMatchObject({ kind: 'annual_report', level: 'department', place: '云岭市司法局', year: 2023 });
  });

  it('reads a department from the opening when the title names none', () => {
    const text = ['关于2022年法治政府建设情况的报告', `2022年,区市场监督管理局坚持依法行政,${DOMAIN_BODY}`].join('\n');
    expect(meta(text)).toMatchObject({ level: 'department', place: '区市场监督管理局', year: 2022 });
  });

  it('reads a county report and a county-level city by the gazetteer code', () => {
    const county = ['2022年,平阳县坚持以法治思想为指导,' + DOMAIN_BODY, '一、主要做法', '全县复议案件办结率100%。'].join('\n');
    expect(full(county)).toMatchObject({ level: 'county', place: '平阳县', code: '330326', parents: { province: '浙江省', city: '温州市' } });
    const countyCity = ['浙江省金华市义乌市人民政府关于2022年法治政府建设情况的报告', `2022年,义乌市${DOMAIN_BODY}`].join('\n');
    expect(full(countyCity)).toMatchObject({ level: 'county', place: '义乌市', code: '330782' });
    // a prefecture city stays a city although it speaks of towns and streets
    const city = [`2022年,苏州市${DOMAIN_BODY}`, '推动各镇(街道)建立法律顾问制度。'].join('\n');
    expect(full(city)).toMatchObject({ level: 'city', place: '苏州市', code: '3205' });
  });

  it('takes the reporting district, not its city mentioned first, and keeps the lowest unit', () => {
    const text = `2023年,在杭州市委、市政府的坚强领导下,上城区${DOMAIN_BODY}杭州市委依法治市办给予肯定。`;
    expect(full(text)).toMatchObject({ level: 'district', place: '上城区', code: '330102', parents: { province: '浙江省', city: '杭州市' } });
    expect(full(`宁波市镇海区人民政府关于2023年法治政府建设情况的报告\n${DOMAIN_BODY}`)).toMatchObject({ level: 'district', place: '镇海区' });
    expect(full(`天津市人民政府关于2023年法治政府建设情况的报告\n${DOMAIN_BODY}`)).toMatchObject({ level: 'province', place: '天津市', code: '12' });
    expect(full(`关于2024年岳麓区法治政府建设工作情况的报告\n${DOMAIN_BODY}`)).toMatchObject({ level: 'district', place: '岳麓区', code: '430104' });
  });

  it('reads no place out of superiors and clause words (在县委领导下, 在省、市…指导下, 按照…办公厅)', () => {
    expect(full(`2021年,在县委的坚强领导下,我县全县上下${DOMAIN_BODY}全县各部门协同推进,全县执法水平提升。`)).toMatchObject({ level: 'county', place: null });
    expect(full(`2022年,在省、市党委政府的正确领导下,在省、市司法行政部门的有力指导下,全区${DOMAIN_BODY}`)).toMatchObject({ place: null });
    expect(full(`依照中共中央办公厅、国务院办公厅有关督察规定,现将本年度法治政府建设情况报告如下。${DOMAIN_BODY}`).place).toBeNull();
    // 和县 and 城区 are places, but not inside 政府和县委 or 中心城区
    expect(full(`2022年,县政府和县委共同${DOMAIN_BODY}中心城区执法力量充实,全县推进。`).place).toBeNull();
  });

  it('tells places of one name apart by the province and city the text names', () => {
    const tianjin = `2023年,和平区${DOMAIN_BODY}区政府落实天津市部署,服务天津发展。`;
    expect(full(tianjin)).toMatchObject({ place: '和平区', code: '120101', parents: { province: '天津市', city: null } });
    const shenyang = `2023年,和平区${DOMAIN_BODY}助力沈阳振兴。`;
    expect(full(shenyang)).toMatchObject({ place: '和平区', code: '210102', parents: { province: '辽宁省', city: '沈阳市' } });
    expect(full(`2023年,和平区${DOMAIN_BODY}`)).toMatchObject({ level: 'district', place: '和平区', code: null });
  });

  it('reads former names and functional zones from rules/places.yaml', () => {
    expect(full(`2020年,江干区${DOMAIN_BODY}`)).toMatchObject({ level: 'district', place: '江干区', code: '330102', parents: { city: '杭州市' } });
    expect(full(`2024年,我区${DOMAIN_BODY}现将郑东新区2024年度法治政府建设情况报告如下:`)).toMatchObject({
      level: 'district',
      place: '郑东新区',
      code: null,
      parents: { province: '河南省', city: '郑州市' },
    });
  });

  it("reads a department of a gazetteer place with the place's code", () => {
    expect(full(`杭州市司法局2023年法治政府建设年度报告\n${DOMAIN_BODY}`)).toMatchObject({
      level: 'department',
      place: '杭州市司法局',
      code: '3301',
      parents: { province: '浙江省', city: '杭州市' },
    });
  });

  it("gives a department of a place the gazetteer does not hold no other place's code", () => {
    // 会同 is a verb here and 会同县 a county: the department's own 鹿溪县 is not it
    const text = `鹿溪县司法局2022年法治政府建设年度报告\n${DOMAIN_BODY}会同县委组织部举办培训班1期,会同县委宣传部开展普法。`;
    expect(full(text)).toMatchObject({ level: 'department', place: '鹿溪县司法局', code: null, parents: { province: null, city: null } });
  });

  it('reads a body named alone on a line above the title, also a one-character name', () => {
    expect(full(`赵县人民政府\n2022年度法治政府建设情况报告\n2022年,县政府${DOMAIN_BODY}`)).toMatchObject({ level: 'county', place: '赵县', code: '130133' });
  });

  it("falls back on the gazetteer name of its own level the text names most, also in its own documents' titles", () => {
    const text = `2022年,我县对照《武功县2022年依法行政工作要点》逐项落实,${DOMAIN_BODY}全县推进,全县覆盖。`;
    expect(full(text)).toMatchObject({ level: 'county', place: '武功县', code: '610431', parents: { province: '陕西省', city: '咸阳市' } });
    // a superior's document is not the report's own: a county report does not become the province's
    const superior = `2022年,我县贯彻《陕西省法治政府建设实施方案》,${DOMAIN_BODY}全县推进,全县覆盖,全县落实。`;
    expect(full(superior)).toMatchObject({ level: 'county', place: null });
  });

  it('reads no title out of the wrapped lines of an opening paragraph whose printed lines were kept', () => {
    const text = `岚溪县农业农村局\n关于2024年度法治政府建设情况的报告\n县人民政府:\n2024年,县农业农村局在县委、县政府领导和市农业\n农村和水利局的指导下,对照年度工作计划,推进依法\n行政。现将有关情况报告如下:\n${DOMAIN_BODY}`;
    expect(meta(text)).toMatchObject({ level: 'department', place: '岚溪县农业农村局' });
  });

  it('reads a title behind a bullet, with a blank after it or none', () => {
    for (const bullet of ['📌', '📌 ', '■'])
      expect(meta(`${bullet}越秀区青竹街道办事处2020年法治政府建设工作总结\n${DOMAIN_BODY}`)).toMatchObject({ level: 'street', place: '青竹街道办事处' });
  });

  it('reads a street of the table and a street under a district it knows', () => {
    expect(full(`江门市蓬江区环市街道办事处2020年法治政府建设工作总结\n${DOMAIN_BODY}`)).toMatchObject({ level: 'street', code: '440703006' });
    expect(full(`越秀区青竹街道办事处2020年法治政府建设工作总结\n${DOMAIN_BODY}`)).toMatchObject({
      level: 'street',
      place: '青竹街道办事处',
      code: null,
      parents: { province: '广东省', city: '广州市' },
    });
  });

  it('does not take places out of the titles of other documents', () => {
    const text = `为落实《河东省法治政府建设实施方案》和《青原市法治政府建设规划》,结合我区实际,制定本方案。${DOMAIN_BODY}全区各部门要抓好落实。`;
    expect(meta(text)).toEqual({ kind: 'plan', level: 'district', place: null, year: null });
  });

  it('reads the place from the signature when the title and opening name none', () => {
    const text = ['关于2021年法治政府建设情况的报告', `一年来,${DOMAIN_BODY}`, '特此报告。', '白云区人民政府', '2022年3月1日'].join('\n');
    expect(meta(text)).toMatchObject({ level: 'district', place: '白云区', year: 2021 });
  });

  it('reads the place from a signature whose name has a character outside the basic block (extension A, extension B)', () => {
    const signed = (signature: string) => ['关于2022年法治政府建设情况的报告', `一年来,${DOMAIN_BODY}`, '特此报告。', signature, '2023年2月1日'].join('\n');
    expect(meta(signed('洛棠县䢺溪镇人民政府'))).toMatchObject({ level: 'township', place: '䢺溪镇' });
    expect(meta(signed('澧原区𬌗石街道办事处'))).toMatchObject({ level: 'street', place: '𬌗石街道' });
  });
});

describe('year', () => {
  it('reads the year the report hands itself over with (现将…年度…报告如下), also in the title of the report it sends', () => {
    expect(meta(`依照督察工作的有关规定,现将2025年度本市法治政府建设情况报告如下。\n一、主要举措\n${DOMAIN_BODY}`).year).toBe(2025);
    const cover = ['某县政发〔2023〕12号', '市政府:', '现将《2022年某县依法行政工作总结》随文呈报,请审阅。', '一、主要举措', DOMAIN_BODY].join('\n');
    expect(meta(cover).year).toBe(2022);
    // 现将 without a report after it is not the year reported on
    expect(meta(`一年来,${DOMAIN_BODY}现将2019年出台的办法修订完善。`).year).toBeNull();
  });

  it('reads a year that opens a later sentence of the first paragraph, not a target year', () => {
    expect(meta(`依法行政是政府工作的生命线。2022年,全县上下${DOMAIN_BODY}\n一、主要做法\n全县办结案件。`).year).toBe(2022);
    expect(meta(`依法行政是政府工作的生命线。到2025年,全县要基本建成法治政府。${DOMAIN_BODY}\n一、主要做法\n全县办结案件。`).year).toBeNull();
  });

  it('takes the year before a date early in the year, the same year for a date late in it or a report on 今年', () => {
    const dated = (opening: string, date: string) =>
      meta([`${opening}${DOMAIN_BODY}`, '一、主要做法', '全县办结案件。', '特此报告。', '某县人民政府', date].join('\n')).year;
    expect(dated('一年来,', '2024年2月15日')).toBe(2023);
    expect(dated('一年来,', '2023年12月20日')).toBe(2023);
    expect(dated('今年以来,', '2024年2月15日')).toBe(2024);
    // dates that lost characters
    expect(dated('一年来,', '20191231日')).toBe(2019);
    expect(dated('一年来,', '2021301日')).toBe(2020);
  });

  it('reads the date of a cover letter above the title', () => {
    const text = ['某县人民政府', '2022年11月30日', '关于法治政府建设工作的总结', `一年来,${DOMAIN_BODY}`, '一、主要做法', '全县办结案件。'].join('\n');
    expect(meta(text).year).toBe(2022);
  });

  it('never reads a damaged date as a year', () => {
    const text = [
      '关于法治政府建设情况的报告',
      '日期:2021-03-01',
      '一、主要举措和成效',
      `20205月,区政府${DOMAIN_BODY}截至20201231日,共清理文件10件。`,
      '二、存在的不足和原因',
      '人员不足。',
      '某某区人民政府',
      '2021301日',
    ].join('\n');
    expect(meta(text).year).toBe(2020);
  });

  it('prefers the title and achievement headings over the plan year', () => {
    const text = [
      '2019年推进法治政府建设情况的报告',
      `2019年,我区${DOMAIN_BODY}`,
      '一、2019年推进法治政府建设的主要举措和成效',
      '全年办理复议案件20件。',
      '二、2020年推进法治政府建设的工作打算',
      '到2020年底,全面完成各项任务。2020年将继续推进。2020年要加强培训。',
    ].join('\n');
    expect(meta(text).year).toBe(2019);
  });
});

describe('section kinds by title', () => {
  it('treats policy-area top sections of an annual report as achievements', () => {
    const text = [
      '东湖市2021年法治政府建设年度报告',
      `2021年,东湖市${DOMAIN_BODY}`,
      '一、依法全面履行政府职能',
      '全市精简审批事项30项。',
      '二、完善依法行政制度体系',
      '审查规范性文件40件。',
      '三、存在的不足',
      '基层执法力量薄弱。',
      '四、2022年推进法治政府建设思路',
      '深化法治政府建设示范创建。',
    ].join('\n');
    const doc = buildDocument(sourceOf(text));
    expect(doc.sections.map((s) => s.kind)).toEqual(['achievements', 'achievements', 'shortcomings', 'plans']);
  });

  it('finds unheaded shortcomings and plans paragraphs in a report without headings', () => {
    const text = [
      '石桥镇2022年法治政府建设工作总结',
      `2022年,石桥镇${DOMAIN_BODY}`,
      '全镇调解矛盾纠纷120件。一是健全调解网络;二是加强法律援助。',
      '存在的问题:一是法律人才不足;二是群众法治意识不强。',
      '下一步,我镇将继续开展普法宣传,每年举办法治讲座4次。',
    ].join('\n');
    const doc = buildDocument(sourceOf(text));
    const kindOf = (needle: string) => doc.sentences.find((s) => s.text.includes(needle))!.kind;
    expect(kindOf('工作总结')).toBe('other');
    expect(kindOf('120件')).toBe('achievements');
    expect(kindOf('法律人才不足')).toBe('shortcomings');
    expect(kindOf('法治讲座4次')).toBe('plans');
    expect(doc.sections.filter((s) => s.depth === 5).map((s) => s.kind)).toEqual(['achievements', 'achievements', 'shortcomings', 'shortcomings']);
  });

  it('counts the unheaded body before a first heading on shortcomings as achievements', () => {
    const text = [
      '两江新区2022年法治政府建设情况报告',
      `2022年,两江新区${DOMAIN_BODY}`,
      '全年审查合同50件。',
      '一、存在的问题',
      '执法人员专业素养有待提升。',
      '二、下一步工作打算',
      '加强执法培训。',
    ].join('\n');
    const doc = buildDocument(sourceOf(text));
    const kindOf = (needle: string) => doc.sentences.find((s) => s.text.includes(needle))!.kind;
    expect(doc).toMatchObject({ level: 'district', place: '两江新区' });
    expect(kindOf('情况报告')).toBe('other');
    expect(kindOf('合同50件')).toBe('achievements');
    expect(kindOf('专业素养')).toBe('shortcomings');
    expect(kindOf('加强执法培训')).toBe('plans');
  });

  it('splits a 不足及打算 section at the paragraph that opens the plans', () => {
    const text = [
      `2022年,松山区${DOMAIN_BODY}`,
      '一、主要举措和成效',
      '审查合同50件。',
      '二、存在的不足及下一步打算',
      '执法人员专业素养有待提升。',
      '下一步,我区将加强执法培训。',
    ].join('\n');
    const doc = buildDocument(sourceOf(text));
    const kindOf = (needle: string) => doc.sentences.find((s) => s.text.includes(needle))!.kind;
    expect(kindOf('专业素养')).toBe('shortcomings');
    expect(kindOf('加强执法培训')).toBe('plans');
  });

  it.each([
    [
      'the last section',
      [
        '一、推进依法决策',
        '审查合同50件。',
        '二、规范行政执法',
        '开展执法检查12次。',
        '同时也清醒地看到,我区法治政府建设还存在一些不足。执法力量仍较薄弱。',
        '下一步,我区将加强执法培训。',
      ],
    ],
    [
      'the last section before the heading of the plans',
      [
        '一、工作成效',
        '开展执法检查12次。',
        '在肯定成绩的同时,我们也清醒地认识到,我区法治政府建设仍有一些短板:执法力量仍较薄弱。',
        '二、2023年工作打算',
        '加强执法培训。',
      ],
    ],
  ])('finds unheaded shortcomings at the end of %s', (_label, lines) => {
    const doc = buildDocument(sourceOf([`2022年,松山区${DOMAIN_BODY}`, ...lines].join('\n')));
    const kindOf = (needle: string) => doc.sentences.find((s) => s.text.includes(needle))!.kind;
    expect(kindOf('执法检查12次')).toBe('achievements');
    expect(kindOf('仍较薄弱')).toBe('shortcomings');
    expect(kindOf('加强执法培训')).toBe('plans');
  });
});

describe('a street or township written after its district or banner', () => {
  const report = (title: string) => [title, '2022年,街道深入推进依法行政。现将有关情况报告如下:', '一、主要工作', DOMAIN_BODY].join('\n');
  it('is the reporting body (澧原区杏檀街道办事处, 澧原区杏檀镇)', () => {
    // the place is the street; its 办事处 is the office that governs it
    expect(meta(report('澧原区杏檀街道办事处2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'street', place: '杏檀街道' });
    expect(meta(report('澧原区杏檀镇人民政府2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'township' });
  });
  it('is the reporting body when its name has a character outside the basic block (extension A, extension B)', () => {
    expect(meta(report('洛棠县䢺溪镇2022年度法治政府建设工作报告'))).toMatchObject({ level: 'township', place: '䢺溪镇' });
    expect(meta(report('澧原区𬌗石街道办事处2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'street', place: '𬌗石街道' });
  });
  it('is the reporting body under a municipality and a district the table does not hold', () => {
    expect(full(report('重庆市澧原区杏檀镇人民政府2022年法治政府建设工作情况报告'))).toMatchObject({
      level: 'township',
      place: '杏檀镇',
      parents: { province: '重庆市', city: null },
    });
    expect(meta(report('重庆市澧原区人民政府2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'district', place: '澧原区' });
  });
  it('reads a development zone governed by its 管理委员会 as the zone, not as a department', () => {
    expect(meta(report('滨港经济技术开发区管理委员会关于2021年度法治政府建设情况的报告'))).toMatchObject({ level: 'district', place: '滨港经济技术开发区' });
    expect(meta(report('云湾新区管委会2021年法治政府建设情况报告'))).toMatchObject({ level: 'district', place: '云湾新区' });
    expect(meta(report('东川市城市管理委员会2021年法治政府建设情况报告'))).toMatchObject({ level: 'department' });
  });
  it('leaves a district that is followed by its department or by nothing', () => {
    expect(meta(report('澧原区司法局2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'department' });
    expect(meta(report('澧原区人民政府2022年法治政府建设工作情况报告'))).toMatchObject({ level: 'district', place: '澧原区' });
  });
});

describe('a running header repeated inside a PDF copy', () => {
  const sentencesOf = (text: string) => buildDocument(sourceOf(text)).sentences.map((s) => s.text.replace(/\s/g, ''));
  it('does not end the sentence it falls into', () => {
    const text =
      '某县人民政府文件\n某县2023年度法治政府建设情况报告\n\n一、主要工作\n\n' +
      '　　县政府坚持重大行政决策合法性审查制度，全年审查县政府合\n某县人民政府文件\n' +
      '同协议 58 件，出具合法性审查意见 73 件，有效防范法律风险。\n';
    expect(sentencesOf(text)).toContain(
      '县政府坚持重大行政决策合法性审查制度,全年审查县政府合某县人民政府文件同协议58件,出具合法性审查意见73件,有效防范法律风险。',
    );
  });
  it('stays a line of its own between two finished sentences', () => {
    const text =
      '某县人民政府文件\n某县2023年度法治政府建设情况报告\n\n一、主要工作\n\n' +
      '　　县政府坚持重大行政决策合法性审查制度，全年审查合同58件。\n某县人民政府文件\n' +
      '　　出具合法性审查意见 73 件，有效防范法律风险。\n';
    expect(sentencesOf(text)).toContain('某县人民政府文件');
  });
});

describe('dates, also damaged ones', () => {
  it.each([
    ['2024年3月1日', { year: 2024, month: 3 }],
    ['2024-03-01', { year: 2024, month: 3 }],
    ['20191231日', { year: 2019, month: 12 }],
    ['2021301日', { year: 2021, month: 3 }],
    ['20256月', { year: 2025, month: 6 }],
    ['2023年', { year: 2023, month: null }],
  ])('%s', (written, date) => {
    expect(readDate(written)).toEqual(date);
  });
  it('reads no date out of other numbers', () => {
    expect(readDate('12345件')).toBeNull();
    expect(readDate('2023')).toBeNull();
  });
});

describe('a paragraph pasted twice', () => {
  it('is read once, with the heading pasted with it; the text stays as written', () => {
    const part = '镇综合执法办公室现有持证执法人员11名,配备执法记录仪6台,落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。';
    const text = ['一、主要工作', `三、严格规范执法`, part, '四、加强普法宣传', DOMAIN_BODY, '三、严格规范执法', part].join('\n');
    const doc = buildDocument(sourceOf(text));
    expect(doc.source.text).toBe(text);
    expect(doc.sentences.filter((s) => s.text.includes('执法记录仪6台'))).toHaveLength(1);
  });
});

describe("a department's own kind of bureau", () => {
  const bureau = (title: string) => {
    const { level, place, governmentBureau } = buildDocument(sourceOf(`${title}\n一、主要工作\n${DOMAIN_BODY}\n`));
    return { level, place, governmentBureau };
  };

  it('is the bureau its name gives after its places, read once for the document', () => {
    expect(bureau('泷溪市公安局蓟川分局2024年法治政府建设情况报告')).toEqual({
      level: 'department',
      place: '泷溪市公安局蓟川分局',
      governmentBureau: '公安局',
    });
    expect(bureau('岑石县烟草专卖局2024年法治建设工作报告')).toEqual({ level: 'department', place: '岑石县烟草专卖局', governmentBureau: '烟草专卖局' });
  });

  it('is none for a place', () => {
    expect(bureau('岑石县2024年法治政府建设情况报告').governmentBureau).toBeUndefined();
  });
});
