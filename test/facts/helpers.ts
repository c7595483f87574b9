/** Test helpers: small hand-made Documents, the seeds as real Documents, and the eval-facts scoring. */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { expect } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { buildDocument } from '../../src/document/index.js';
import { readSentence } from '../../src/document/sentences.js';
import { ingestBytes, ingestFile } from '../../src/ingest/index.js';
import { foldCharacters } from '../../src/ingest/index.js';
import type { Document, DocumentKind, SectionKind, Sentence } from '../../src/document/types.js';
import type { Fact } from '../../src/facts/schema.js';
import { extractFacts, type Lexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';

export const seedsDir = path.resolve(packageRoot, '..', 'shared', 'corpus', 'seeds');
export const goldDir = path.resolve(packageRoot, '..', 'shared', 'corpus', 'gold');
/** Held-out style reports written for this project, each NAME.txt with its gold NAME.yaml. */
export const heldoutDir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout');
/** A second, blind held-out set: written and labelled before the extractor was run on it. */
export const heldout2Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout2');
/** A third blind set: a 2018 district, a banner, a PDF copy, a dense city report and a street. */
export const heldout3Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout3');
export const heldout4Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout4');
/** A fifth blind set: an autonomous prefecture, a league, a 林区, a province, an ethnic township. */
export const heldout5Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout5');
/** A sixth blind set: 一是…二是 items, a 2016 city, 同比 everywhere, plans interleaved, a PDF copy, gaps. */
export const heldout6Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout6');
/** A seventh blind set: reports as saved or printed (HTML with site chrome, GBK, .docx, PDF). */
export const heldout7Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout7');
/** An eighth blind set: 2024–2025 wording, a zone, a 司法局, a department, a street, a 乡; mixed statuses. */
export const heldout8Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout8');
/** A ninth blind set, for precision: reports whose figures are mostly near misses of the facts. */
export const heldout9Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout9');
/** A tenth blind set, for status and document kind: plans, a 整改 report, a 述法, gaps and targets with figures. */
export const heldout10Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout10');
/** An eleventh blind set, for hostile copies: traditional characters, 附表 tables, pdftotext pages, WeChat, one line. */
export const heldout11Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout11');
/** A twelfth blind set, for styles not yet covered: 2020 纲要 and 疫情, a 直辖市's 镇, a 开发区, Chinese numerals, checklists, 上年 side by side, a hostile copy. */
export const heldout12Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout12');
/** A thirteenth blind set: a 计划单列市's district, a 地区, a 特区, a 县级市's street, 2016 依法行政, 附表 targets, 主要数据 lines, figures before their nouns. */
export const heldout13Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout13');
/** A fourteenth blind set: an 自治区, a Guangdong 县级市 in GBK, a county bureau's .docx, a 2017 street, a district's web page, a town in Chinese numerals, a 自评表, bracketed 上年 figures. */
export const heldout14Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout14');
/** A fifteenth blind set: a city with a 区县 table, a 社区, Roman numerals, 同比 and negatives, an OCR copy, an infographic, a CSV table, a 红头文件. */
export const heldout15Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout15');
/** A sixteenth blind set: a 省直部门, an 自治县 listing figures with 、and ；, 逾/近/约 figures, a town with manual line breaks, a Q&A, 2025 复议 wording, a 2016 附表. */
export const heldout16Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout16');
/** A seventeenth blind set: a 苏木, footnotes and bracketed glosses, a 2015 依法行政 report, a 【】 briefing outline, mixed-width digits, 下一步 in every section, 分别 lists. */
export const heldout17Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout17');
/** An eighteenth blind set: a western 2019 county with 累计 and 比上年, a district counted to 11月底, 余/人次/家次 counts, a 乡 in short lines, a province in full-width digits and 万余, rates in words, a 管委会 with 件（次）. */
export const heldout18Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout18');
/** A nineteenth blind set: a 2016 county in Chinese numerals with 双百, a street with 人/次 and 部, a 旅游度假区, quarter figures, a city's 城管执法局 beside its system, dot-leader indicators, a 政务公开 page, a 2020 city's 专栏. */
export const heldout19Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout19');
/** A twentieth blind set: a 直辖市's street retelling its statistics table, a 2017 county writing rates as 几成, a county bureau's 本局 and 全县, a 亮点 list with 同比 beside every count. */
export const heldout20Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout20');
/** A twenty-first blind set: an 综合保税区, a 2017 county's 依法行政考核 with 其中 chains, a city's 指标 自评, a city bureau's 本系统, a 国有林场, rates as fractions. */
export const heldout21Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout21');
/** A twenty-second blind set, ingest and extraction together: a WPS .docx, a two-column Chromium PDF, Word's 网页, a CMS page, UTF-16 and GB18030 text. */
export const heldout22Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout22');
/** A twenty-third blind set: a county's 人大 专项报告, a 2026 district's 涉企检查, a 上半年 summary, a city naming each 区县's figure, a 双语 county with 援藏 parts, a 乡's 问题清单 after its signature. */
export const heldout23Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout23');
/** A twenty-fourth blind set, ingest and extraction together: a .docx with tracked changes, one laid out in a table, one with fields and hidden text, Word's .mht, a saved WeChat article, Big5 text with CR line ends. */
export const heldout24Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout24');
/** A twenty-fifth blind set, ingest and extraction together: a watermarked PDF with a seal, a PDF with page footnotes and a rowspan table, a letter-spaced PDF, a GBK CMS page of nested tables, XHTML with character references. */
export const heldout25Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout25');
/** A twenty-sixth blind set, ingest and extraction together: an OFD, a PDF read through ToUnicode, a .docx with smart tags, Chrome's .mhtml, UTF-16BE text, Word's filtered GBK .htm. */
export const heldout26Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout26');
/** A twenty-seventh blind set, for writing styles: a 2026 district in full-width digits, a county in Chinese numerals with 约/近/余/逾, a 新闻发布会 transcript, a 县级市's two-year review, a 国家级高新区's （数据：…） lists, a telegraphic township. */
export const heldout27Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout27');
/** A twenty-eighth blind set, messy copies: a PDF viewer's hard breaks and page seams, OCR with letters for digits, a Markdown draft, symbols and invisible characters, a page with a part pasted twice, one run-on paragraph. */
export const heldout28Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout28');
/** A twenty-ninth blind set, genres other than the year's report: a 工作要点, a 述法报告, a 督察整改 report, a 示范创建自评报告, a 政府工作报告, a five-year summary. */
export const heldout29Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout29');
/** A thirtieth blind set, regional idioms: a Zhejiang county's 大综合一体化, a Guangdong 镇, a Shanghai district's 两张网, a Xinjiang county's 援疆, a northeast city's 营商环境, a Fujian street's 两岸融合. */
export const heldout30Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout30');
/** A thirty-first blind set, for status: 年度目标：…完成情况：… items, negations and zeros, a superior's targets quoted beside the body's figures, gaps stated as positive, 下一步 sections restating the year's figures before hedged plans. */
export const heldout31Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout31');
/** A thirty-second blind set, full length: a city's .docx with an 附件 table, a county's portal page with its chrome and an HTML 附件 table, a district's plans numbered 一、… like its headings, a street in GBK with a tab-separated 附件 table. */
export const heldout32Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout32');
/** A thirty-third blind set, enforcement departments: a county 公安局, a city's 交通运输综合行政执法支队 (.docx), a vertical county 税务局, a city's 消防救援支队 (CMS page), a county 农业农村局, a district 住建局. */
export const heldout33Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout33');
/** A thirty-fourth blind set, numbers in unusual forms: approximations (近/约/余/逾/左右/上下), fractions and 个百分点, 〇 and capital numerals in a GBK town's table, figures cut by a PDF copy's line breaks, number-like distractors, blanks and thin spaces inside figures. */
export const heldout34Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout34');
/** A thirty-fifth blind set, tables in every shape: an HTML table with a two-level header (目标值 | 完成值 under the year), a .docx table with cells merged down, text tables with years as rows, .docx tables of townships and departments with 合计 rows, a pdftotext-like 附表 split across pages, a tab table of 目标值 | 实际值 | 备注. */
export const heldout35Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout35');
/** A thirty-sixth blind set, minority and autonomous areas: a 旗 to its 盟, a 苏木 with 嘎查 figures, a 民族乡 in GBK, an 彝族自治县's .docx, an 藏族自治州's portal page, an 自治区's 林业和草原局; lines in Mongolian, Yi, Tibetan and Uyghur script. */
export const heldout36Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout36');
/** A thirty-seventh blind set, 2016–2019 reports: a county's 依法行政 report in GBK, a district piloting 决策目录 and 公职律师, a city whose 法制办 merged into its 司法局, a town in Chinese numerals, a city 法制办 on itself, a 开发区管委会 with an old <br> table. */
export const heldout37Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout37');
/** A thirty-eighth blind set, documents other than plain reports: a 区长's speech, a county's 考核结果 notice with a township table, a city's report with its 更正说明 appended, a district's charts as data lines, a 上半年 summary, a 督察整改 report. */
export const heldout38Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout38');
/** A thirty-ninth blind set, traditional script: a zh-Hant page, Big5 text with CRLF, a .docx with traditional headings over a simplified body, financial numerals (貳佰〇陸, 參拾柒), Hong Kong/Macau typography (full-width digits, ‧), a 司法局's page with a 項目 | 2024年 | 2025年 table. */
export const heldout39Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout39');
/** A fortieth blind set, OCR output: figures read apart (1 2件, 1 0 0%), look-alikes (O, l, 〇), lines cut mid-word and mid-figure, page headers mid-sentence, a GBK county with a 附表 in text columns, a city 司法局, a street's .docx of printed lines, a county bureau's case table, an online-OCR page. */
export const heldout40Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout40');
/** A forty-first blind set, appendices and periodic reports: a tab 附件 table of 目标值 | 完成值 and a decision list, a 司法局's GBK report with a 附表 of counties, a 第三季度 page, a street's .docx with next year's plan and a glossary appended, a city's HTML 附表 with merged cells and a 合计 row, a .docx whose figures stand in its footnotes. */
export const heldout41Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout41');
/** A forty-second blind set, full length: a city's .txt, a 县级市 in GBK with CRLF, a district's portal page with a 第一责任人 part, a county 司法局's .docx with a table. */
export const heldout42Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout42');
/** A forty-third blind set, portal-column documents beside the report: a 信息公开年报, a news recap, a 人大 调研报告, a 司法局's 复议 statistics, an annual report with a space-aligned 指标 table, a township's short GBK report. */
export const heldout43Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout43');
/** A forty-fourth blind set, office-printed multi-page PDFs: a city's 红头 report, a county's tables broken across pages, a district's side notes and two-column 附件, a county 司法局's landscape 附表. */
export const heldout44Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout44');
/** A forty-fifth blind set, departments whose work is not mainly enforcement: a county 教育局's .docx, a city 自然资源和规划局's portal page, a district 应急管理局 in GBK, a county 卫健委's Markdown draft, a city 医保局's short summary. */
export const heldout45Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout45');
/** A forty-sixth blind set, full length and the papers around an assessment: a city's complete .txt, a 2019 county's page under the 2015–2020 纲要, a province's 考核通报 .docx ranking its cities, a district mixing Latin script, a county's Markdown 自评表. */
export const heldout46Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout46');
/** A forty-seventh blind set, the papers of a 示范创建: a district's 自评报告 .docx by 一级指标, a county's 自评表 .docx table, a university's 第三方评估报告 page on a city, a street's GBK report quoting its district, a district's 创建工作方案. */
export const heldout47Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout47');
/** A forty-eighth blind set, papers that are not the yearly report: a 县长's first-person 述法报告, a 市场监管局 head's 述职述廉述法 .docx, a district's GBK 上半年 总结, a city 司法局's 前三季度 page, a 镇党委书记's 第一责任人 report in Markdown. */
export const heldout48Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout48');
/** A forty-ninth blind set, older 依法行政 papers (2016–2018) and townships: a 2016 county's GBK 依法行政工作报告 with 十二五 totals, a 民族乡's portal page, a 镇's .docx quoting its county, a city's 考核结果通报 ranking its counties, a 街道's Markdown report with 网格 figures. */
export const heldout49Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout49');
/** A fiftieth blind set, bodies whose level is to be worked out: a 国家级经开区's 管委会 (.docx), an 自治州 in GBK, a 直辖市's 区 page, a 县级市 in Markdown, a 盟's 行政公署. */
export const heldout50Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout50');
/** A fifty-first blind set, figures in tables: a county's Word table of 目标值 / 完成值, a district page's rowspan annex with a 合计 row, a city's pasted tab table, a 司法局's 执法统计年报, a district's two-column PDF table. */
export const heldout51Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout51');
/** A fifty-second blind set, the newest reports and their wording: a county's .docx closing the 2023–2025 执法质量三年行动, a city's page under the new 行政复议法, a district's GBK report on 涉企行政检查, a town's Markdown report on 司法所 合法性审核 and 赋权 执法, a county's 2026 工作要点. */
export const heldout52Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout52');
/** A fifty-third blind set, reports read from scans and awkward layouts: an OCR'd county scan, a city's PDF with a two-column page, a district's 红头 .docx in a layout table, a county's portal page with a 相关新闻 sidebar, a district's GBK text with hard breaks and mixed heading styles. */
export const heldout53Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout53');
/** A fifty-fourth blind set, 法治政府 inside wider papers: a county's 政府工作报告, a district 依法治区委's yearly .docx, a city's 专项工作报告 to its 人大常委会 (.html), a county 司法局's 工作总结 in Markdown, a town's 政府工作报告 in GBK. */
export const heldout54Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout54');
/** A fifty-fifth blind set, papers that cover several years: a county's 十四五 summary, a district's mid-term evaluation of its 实施纲要, a city's report set against the year before, a county's term review, a county's two-year report. */
export const heldout55Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout55');
/** A fifty-sixth blind set, the report retold: a district's 一图读懂 page, a county's 政策解读 in 问/答, a news item on a city's 常务会议, a county's 新闻发布会 transcript, a district 司法局's WeChat article. */
export const heldout56Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout56');
/** A fifty-seventh blind set, facts said in words, zeros and comparisons: a county's report (全部 / 均 / 为零 beside 较上年 changes), a district's .docx (changes with no figure of the year), a city's portal page (无一例败诉 of the 市政府本级 beside the city-wide count), a town's GBK text (零败诉, other towns' zeros), a county's PDF (连续三年零败诉, 累计 since 2021). */
export const heldout57Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout57');
/** A fifty-eighth blind set, papers around inspections: a county's report on rectifying a 督察's findings, a district's 示范创建 self-assessment (.docx), a city's 整改方案 page, a county's 考核 completion report (.pdf), a county 依法治县办's review of one town (GBK). */
export const heldout58Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout58');
/** A fifty-ninth blind set, towns and 街道 after the reforms of 2021–2024: a 街道办事处's report whose 主任办公会议 holds the 会前学法, a town's .docx after 赋权 with its own 执法大队 and 合法性审核, a town's GBK report written by its 司法所, a border 乡's bilingual portal page beside the court's 流动法庭, a 街道's Markdown summary listing its 社区 one by one. */
export const heldout59Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout59');
/** A sixtieth blind set, 行政复议 and 行政应诉 after the 2023 revision of the 行政复议法: a county's report in the first year of the single 复议机关, a district's .docx the year before it took effect, a city's portal page with city-wide and 本级 counts, a 县级市 司法局's GBK report on 复议 and 应诉, a 街道's PDF as respondent and defendant only. */
export const heldout60Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout60');
export const heldout61Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout61');
/** A sixty-second blind set, drafts and versions of one report: a county's 征求意见稿 (.docx with tracked changes and comments), a district's .docx with footnotes, an endnote, a text box and a header, a city's corrected portal page (<del>/<s> beside <ins>, 【编者按】), a town's 修改说明 (GBK), a county's Markdown 送审稿 with remarks and placeholders. */
export const heldout62Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout62');
/** A sixty-third blind set, approximate, compound and scaled quantities: a county's report (二十余次, 1,180余名, 1.26万件, 百分之九十九点六, full-width counts), a district's .docx (两千余名, 九百余台, 人次 beside 人, ranges per unit), a city's portal page (上千件 / 近百件, 1.04万名, 0.985), a town's GBK summary (六十余份, 两百多件, full-width digits), a county's Markdown report (逾八百份, 逾千台, a table of this year against last, 分别为 rates). */
export const heldout63Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout63');
/** A sixty-fourth blind set, provinces' own idioms and programme names: an eastern-coastal county's 最多跑一次 / 大综合一体化 / 首违不罚 (GBK), a southern district's 数字政府 app, 非现场执法 and 信用修复 (portal page), a south-western county's 法治体检 and 一村一法律顾问 (.docx), a north-eastern city's 办事不求人 and 涉企检查备案 (Markdown), a central 县级市's 八大工程 / 五个一批. */
export const heldout64Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout64');
/** A sixty-fifth blind set, whose figure it is — 全市, 市本级, 市直部门, 各区县: a 地级市's report giving 全市 then 其中市本级 with a ranking of its counties, a 直辖市 district's .docx (全区 / 区政府本级 / 区属部门 / 街道（镇）), a 司法局 writing as the 市委依法治市办 (GBK), a 省会's portal page whose 全市 sentences name the 市政府 in parts, a city's PDF with rates only city-wide and counts only for 市本级. */
export const heldout65Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout65');
/** A sixty-sixth blind set, the report as a new-media article: a county's saved 公众号 page (figures in spans of their own, one split in two, 往期推荐), a district's article copied to .txt (emoji items, ▲ captions, 阅读 counts), a city's H5 page (number cards, 亮点 cards, a collapsed 展开全文), a county's app article in Markdown (bold figures, 相关阅读), a 街道's .docx pasted from the article (odd runs, 分享 / 收藏 / 在看 left in). */
export const heldout66Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout66');
/** A sixty-seventh blind set, 纲要 final assessments and the turn to the 十五五: a county's 终期评估 (.docx, a table of 2020 base, target and value), a district's 十四五 summary (GBK, five-year totals beside yearly figures), a city's 2025 report looking ahead to 2030 (.html), a county 司法局's 示范指标 self-check (Markdown, scores beside 佐证 figures), a city's 2026—2030 实施方案 with a 2025 baseline. */
export const heldout67Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout67');
/** A sixty-eighth blind set, the 行政执法 chapter in depth: a county's 2024 report whose enforcement chapter is a third of it (.docx: 三项制度, 主体清理, 证件 申领/换发/注销, 记录仪 bought vs held, 学时 per person vs total, 人次 vs 人), a county 司法局's 2023 执法监督 report (案卷评查 rates, 投诉, 统计年报 counts), a district's 2025 report with a 涉企行政检查 专项 (.html: 扫码入企, 首违不罚, 非现场执法), a 县级市 综合行政执法局's 2022 report (GBK: its own officers beside the city's, 两法衔接), a county's 2021 report in the older wording (Markdown: 持证率, 执法辅助人员, 乡镇赋权). */
export const heldout68Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout68');
/** A sixty-ninth blind set, 公共法律服务 and 矛盾纠纷 chapters dense with look-alike counts: a county's .docx (法律援助, 公证, 仲裁, 12348, 平台, 村（社区）法律顾问 beside the government's), a district's portal page (人民调解, 行政调解, 诉调对接, 信访, 12345, 网格排查), a county 司法局's Markdown report (its own figures beside the county's), a district's .txt with 法律顾问 in six roles, a town's GBK summary quoting the county. */
export const heldout69Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout69');
/** A seventieth blind set, one place across the years: an invented county's reports of 2020 (.docx, 依法行政), 2021 (.txt, 纲要), 2022 (GBK, 示范创建, dated 2023年3月 with 2023 figures inside), 2024 (.html, 述法, a 2023 column) and 2025 (Markdown, 涉企检查, 十四五 totals beside the year's figures). */
export const heldout70Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout70');
/** A seventy-first blind set, campaign years: a 2020 county whose every chapter starts from 疫情防控 (.docx), a 2019 district with a long 扫黑除恶 part (GBK), a 2022 县级市 whose 安全生产 and 防汛 执法 fill the page (.html), a 2021 district in its 创建全国文明城市 year (Markdown), a 2023 county cleaning up its 疫情 documents after 乙类乙管. */
export const heldout71Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout71');
/** A seventy-second blind set, shortfalls said with figures: a 2024 county whose 存在的问题 quotes rates and lost cases (.docx), a 2023 district conceding gaps inside each chapter, a 2025 city 司法局's 整改情况报告 on a 法治督察 (GBK), a 2022 county whose numbered 不足 returns as targets (.html), a 2024 township that reached no figure (Markdown). */
export const heldout72Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout72');
/** A seventy-third blind set, a 直辖市's districts and streets in their own idioms: a 2024 district with 接诉即办 and 一网统管 chapters (.docx), a 2023 街道 reporting to its district (综合执法队, 社区法律顾问, 吹哨报到), a 2025 区司法局 on its own work and the district's beside the 市's figures (.html), a 2022 镇 of a suburban district (GBK), a 2021 district quoting the 市's 督察 and ranking (Markdown). */
export const heldout73Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout73');
/** A seventy-fourth blind set, few figures and much formula: a 2024 county report that is mostly political formula with its figures in long enumerations (.docx), a 2023 district whose chapters open with 党组 / 党支部 counts, a 2024 county 人大常委会's 审议意见 quoting the government's figures (GBK), a 2025 city 政协's 视察报告 (.html), a 2022 township in the 党建 style (Markdown). */
export const heldout74Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout74');
/** A seventy-sixth blind set, the newest wording (2025 work written in 2026): a county with a long 涉企行政检查 part (.docx), a district's 行政复议 主渠道 (.html), a city 司法局's 行政执法监督 report (GBK), a township after 赋权 (Markdown), a county closing the 十四五 with 十五五 targets. */
export const heldout76Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout76');
/** A seventy-fifth blind set, the inspector's side: a city 依法治市办's 2024 考核结果通报 (.docx: grades, scores and a county table beside the city's own totals), a third party's 2023 评估 of three districts (Markdown: an index's weights and thresholds, per-district rates), a province's 2025 督察通报 on five counties (.html: problems per county, 整改 deadlines), a city 司法局's 2022 复议应诉 statistics 通报 (GBK: a county table beside the city's totals), a ranked county's 2024 report quoting its own rank and score. */
export const heldout75Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout75');
/** A seventy-seventh blind set, several places in one document: a city's 2024 汇编 of three counties' reports behind its foreword (.docx), a city 依法治市办's 2023 法治简报 issue with items from four districts and counties (.html), a 2025 township 司法所's work summary (Markdown), a 2022 county 司法局's round-up of its 14 司法所 with a table (GBK), a 2024 district report whose annex reprints two streets' reports. */
export const heldout77Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout77');
/** A seventy-eighth blind set, 民族地区 and written-out numbers: a 2024 自治县 with 双语普法 and 民族团结 chapters (.docx), a 2023 自治旗 in Chinese numerals only, a 2022 county in full-width digits (GBK), a 2025 自治州 seat's 县级市 with 边境 / 口岸 执法 and the 州's figures (.html), a 2021 藏族自治县 with Tibetan lines and 余 / 多 / 近 (Markdown). */
export const heldout78Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout78');
/** A seventy-ninth blind set, zones and heads: a 2024 开发区管委会 on powers 赋予 / 委托 by its city (.docx), a 2025 新区 over parts of two districts (.html), a 2023 county's summary of 14 heads' 述法 (GBK), a 2024 county 司法局局长's own 述法报告 (Markdown), a 2022 镇长's 述职述法报告. */
export const heldout79Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout79');
/** An eightieth blind set, text pasted from PDF in the older 依法行政 wording of 2016–2018: a 2016 county 依法行政工作报告 hard-broken with page furniture (.txt), a 2017 district printed to PDF with running header and 第 N 页 共 M 页, a 2018 county-level city in Markdown with a footnote between the halves of a sentence, a 2016 county 依法行政工作总结 with 六五 totals and 七五 targets (GBK), a 2018 county's portal page with one <p> per printed line (.html). */
export const heldout80Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout80');
/** An eighty-first blind set, the Greater Bay Area's shapes: a 2024 不设区的地级市 with 32 镇街 under it (Markdown), a 2023 市直管镇 reporting straight to its city (.txt), a 2025 粤澳 合作区执行委员会 beside Macau and Hong Kong bodies (.html), a 2022 自贸片区管委会 printed in Chinese and English (.docx), a 2021 district of 街道 only with the city's figures apart (GBK). */
export const heldout81Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout81');
/** An eighty-second blind set, the level above the 市县 index: a 2024 province with 全省 and 省政府本级 figures side by side (.docx), a 2023 计划单列市 quoting the province (.html), a 2025 省司法厅 as the 省政府's 复议机构 (Markdown), a 2019 province in the 依法行政 wording with its cities' 示范创建 figures (GBK), a 2022 地级市 quoting the province and its counties (.txt). */
export const heldout82Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout82');
/** An eighty-third blind set, the other formats offices save: a 2024 county report as WPS .odt (a table of targets and results, a footnote), a 2021 county bureau's .odt with tracked changes and a comment, a 2023 district report as Word .rtf (GBK bytes, header and footer, a two-year table), a 2025 street's report in the body of a GBK e-mail (.eml, forwarded and quoted mails), a 2022 town's portal page saved as .mhtml, a 2024 county's statistical annex as GBK .csv (上年 column, 合计 row). */
export const heldout83Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout83');
/** An eighty-fourth blind set, one sentence with several figures (分别 / 依次 / 各 / 均 / 同比 lists): a 2024 county with 3–4-member lists of mixed units (.docx), a 2023 district with 同比 changes and last year's figures (.txt), a 2025 city whose lists join its own and its counties' figures (Markdown), a 2020 county in Chinese numerals (GBK), a 2022 county bureau whose table cells the text joins into a 分别 sentence (.html). */
export const heldout84Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout84');
/** An eighty-fifth blind set, figures in lists and tables with holes (—, ——, -, /, 无, 暂无, empty cells): a 2024 county with dashes, a range and a 本级-and-towns member in 分别 / 依次 lists (.txt), a 2023 district portal page with a <table> of — / / / empty cells and a 合计 row over three districts (.html), a 2025 city with a merged-cell Word table, a 其中市本级 column and last year's (.docx), a 2022 county transport bureau's Markdown table of - and 无, a 2019 township in 一是…二是 items answered 无 / 暂无 (GBK). */
export const heldout85Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout85');
/** An eighty-sixth blind set, documents whose year is not simply one calendar year: a county's combined 2022—2023年度 report, each figure labelled by its year (GBK), a 2024 district report written in March 2025 with 2025年1—2月 figures and 2025年底前 plans among the achievements (.docx), a city report with no year in its title, only 本年度/今年 and the date line (.html), a 2025 town's report inside the 本届 (2021—2025) totals (Markdown), a 2023 city bureau giving 上年同期 and 2021年 beside every figure (.txt). */
export const heldout86Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout86');
/** An eighty-seventh blind set, numbers that are names, not facts (slogans, document numbers, law articles, hotlines, deadlines, rankings, batches, grades, other percentages, ages, money) around the body's real figures: a 2024 county (.txt), a 2023 district's portal page with a banner and a 文号 line (.html), a 2025 city with an honours table (.docx), a 2021 city natural-resources bureau (Markdown), a 2018 township (GBK). */
export const heldout87Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout87');
/** An eighty-eighth blind set, older small units in regions not yet covered (2016–2020 依法行政 wording): a 2017 旗 of a 盟 (GBK), a 2018 乡 in a north-eastern forest area to its county (.txt), a 2019 街道 of a south-western district (.html), a 2020 mountain county closing the 纲要（2015—2020年） with 疫情防控 wording (.docx), a 2016 镇 in Chinese numerals (Markdown). */
export const heldout88Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout88');
/** A ninety-first blind set, long sentences with figures far from what they count (purpose and method clauses before the figure, the figure 40 characters before its noun, 以…为 / 把…作为, 其中 parts, （含…）（不含…） notes, one figure for two nouns, other bodies' and years' figures and plan clauses inside achieved sentences): a 2024 county (.docx), a 2023 district (UTF-8, CRLF), a 2022 city portal page with <br> inside paragraphs (.html), a 2025 county (GBK), a 2021 street (Markdown). */
export const heldout91Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout91');
/** A ninetieth blind set, rates and proportions said many ways and rates a reader computes from parts (应/实 counts, 12件中有11件, 11/12, 十二分之十一, 占比, 百分之百, 应出尽出, 九成以上, 提高到…（上年为…）, 个百分点): a 2024 county with a table of 应/实/比率 columns (.docx), a 2023 district (.txt), a 2022 city portal page (.html), a 2025 town (Markdown), a 2020 county (GBK). */
export const heldout90Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout90');
/** An eighty-ninth blind set, the same facts in other words (synonyms, passives, figure-first, questions and answers, colloquial and literary register): a 2024 county (.docx), a 2023 district in questions and answers (.txt), a 2022 city in a literary register (GBK), a 2024 town in plain speech (Markdown), a 2021 county in passives and nominalisations (.html). */
export const heldout89Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout89');
/** A ninety-second blind set, plans and achievements interleaved (目标…完成, 年初计划…实际, 已…待…, 预计全年, 下一步 closing each section, last year's and the superior's targets): a 2024 county (.docx), a 2023 district (.txt), a 2025 county written in November with 预计全年 estimates (Markdown), a 2022 city (.html), a 2024 town (GBK). */
export const heldout92Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout92');
/** A ninety-fifth blind set, mechanisms present, absent and half-built (done, done by a department, in force since an earlier year, drafted or under study, admitted absent, partly, negated in passing; the superior's and another place's mechanisms, a slogan, plans restating existing ones): a 2024 county (.docx), a 2023 district (.txt), a 2025 county (Markdown), a 2022 city (.html), a 2024 township (GBK). */
export const heldout95Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout95');
/** A ninety-fourth blind set, the government seen by the bodies that watch it, its figures quoted among their own: a 2024 county court's 行政审判白皮书 (.docx), a 2023 county procuratorate's 行政检察 report (.txt), a 2024 district 人大常委会's 执法检查报告 on the 行政复议法 (GBK), a 2025 city 政协's 视察调研报告 (.html), a 2022 county government's answer to its 人大's 审议意见 (Markdown). */
export const heldout94Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout94');
/** A ninety-sixth blind set, figures given as changes and comparisons (同比, 较上年增加, 由…提高到…, 个百分点, 翻了一番, 连续三年保持, 首次实现, ranks and other places' averages, tables with last year's and 增减 columns, a few counts computed from a stated base and change): a 2024 county (.txt), a 2023 district with a Word table (.docx), a 2025 county (Markdown), a 2022 city portal page with a 增减 table (.html), a 2024 township (GBK). */
export const heldout96Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout96');
/** A ninety-ninth blind set, figures written with magnitudes, approximations and unusual units (1.2万名, 3.6万余人次, 两千多人次, 千余件, 近千台, 逾百名, 十余次, 数十场, 九成以上, 过半, 百分之九十七点五, ≥95%, 万分之五, ‰, ranges and bounds; money, population and 万安镇 as traps): a 2023 county (.txt), a 2021 district (GBK), a 2024 city (.docx), a 2022 township portal page (.html), a 2019 county (Markdown). */
export const heldout99Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout99');
/** A ninety-seventh blind set, units at the edge of the ordinary government tree: a 2024 兵团-style 团场 report under a 师市合一 师 (.docx), a 2023 国有林区 forestry bureau acting as a county government (.txt), a 2025 高新区 管委会 with delegated powers and a shared enforcement bureau (GBK), a 2024 town after the 综合行政执法改革 (.html), a 2022 street quoting its district's figures (Markdown). */
export const heldout97Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout97');
/** A ninety-third blind set, typos, editorial slips and messy typing (合法性审合, 出廷, 复议案见, 法律顾顾问, 法律 顾问, 1,286 / 1，086, full-width digits, 2O23 and 2204年, ％ beside %, stray line breaks, a paragraph pasted twice, headings out of order): a 2024 county (UTF-8 with a BOM, CRLF), a 2023 district (.docx), a 2025 county (GBK, full-width digits), a 2022 city portal page with &nbsp; and <br> (.html), a 2024 town (Markdown). */
export const heldout93Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout93');
/** A hundredth blind set, the newest wording (2025 reports after the revised 行政复议法 and the 涉企 campaigns: 复议 as the 主渠道, 调解和解, 纠错率, 扫码入企, 联合检查, 案卷评查, 免罚清单, the closing three-year action and the new one): a 2025 city (.docx), a 2025 district (.txt), a 2024 district (GBK), a 2025 county (.html), a 2025 county-level city (Markdown). */
export const heldout100Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout100');
/** A hundred-and-first blind set, case stories, highlight boxes and columns beside the year's figures (典型案例 told in full, 【专栏】 boxes, 执法案例 and a 复议纠错 case inside a chapter, 工作成效 stories, a town's own cases): a 2024 county (.docx, boxes as one-cell tables), a 2023 district (.html, <div class="zl">), a 2025 county (GBK), a 2022 city (Markdown), a 2024 town (.txt). */
export const heldout101Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout101');
/** A ninety-eighth blind set, totals and their breakdowns (分别为 per unit, 其中…合计, a total in one paragraph and its parts in the next or in a table, parts with no total, parts in a spec fact's own words, 小计 and 合计 rows, 占比 summing to 100%, two years side by side, the superior's total with our part): a 2024 county with a Word table (.docx), a 2023 district (.txt), a 2022 county (GBK), a 2025 city portal page with a 小计/合计 table (.html), a 2024 district (Markdown). */
export const heldout98Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout98');
/** A hundred-and-fourth blind set, data notes, caveats and revised figures (截至11月30日 in reports written before the year ends, 统计口径 notes 含…不含…/以立案数计/按人次统计, （注：…） and 数据来源 lines, 初步统计/预计/待核实 figures, corrections of last year's figures, ①, * and 注1 marks with their notes, one figure in two 口径): a 2024 county written in December (.txt), a 2023 district with a table and its 注 (.docx), a 2025 city portal page (.html), a 2022 county (GBK), a 2024 county with footnotes (Markdown). */
export const heldout104Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout104');
/** A hundred-and-second blind set, Latin letters, codes and identifiers among the figures (FTZ, AI, OA, APP, ISO 9001, 5G, KPI; 文号 such as 〔2023〕12号, hotlines 12345 / 12348, URLs, e-mail, dates as 2023.3.15 and 9:00; half-width punctuation with 1,286件; V3.0, 第2.1版, Ⅰ、Ⅱ类, room and article numbers; slide bullets with → and 1.2W / 1.3K; table cells with codes beside counts): a 2024 开发区 管委会 (Markdown), a 2023 county (GBK), a 2025 district (.txt), a 2022 city slide deck (.html), a 2024 county (.docx). */
export const heldout102Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout102');
/** A hundred-and-third blind set, figures whose subject or verb is in another sentence (上述/以上/前述/该类/此类/其中/同期/同口径/均 referring back, a heading's label or question answered by a bare figure, a subject given once and bare figures after it, elided lists, a count whose fact is named after it; back-references to the city's or last year's figures): a 2024 county (.txt), a 2023 district (.docx), a 2025 county (GBK), a 2022 city portal page (.html), a 2024 county (Markdown). */
export const heldout103Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout103');
/** A hundred-and-fifth blind set, tables with merged cells and multi-level headers (rowspan/colspan, Word vMerge and gridSpan, Markdown cells left empty or written 同上 / 〃, box-drawing borders with a two-line header, space-aligned two-level headers; last year's, the city's, 增减, 目标值 and 占比 columns, 合计 rows over units, notes under tables): a 2024 county portal page (.html), a 2023 district (.docx), a 2025 county (Markdown), a 2024 county-level city (box-drawing .txt), a 2022 district (GBK). */
export const heldout105Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout105');
/** A hundred-and-seventh blind set, enforcement departments' own yearly reports (执法证 holders, 法制审核, 执法记录仪 and training beside cases, 罚没款, 首违不罚/免罚清单, 双随机 and 案卷评查 figures; the department as 复议 respondent and 应诉 defendant; the superior department's, the government's and joint-action partners' figures): a 2023 county 市场监督管理局 (.docx), a 2024 district 综合行政执法局 (.txt), a 2022 生态环境分局 portal page (.html), a 2025 county 应急管理局 (GBK), a 2023 district 交通运输局 (Markdown). */
export const heldout107Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout107');
/** A hundred-and-sixth blind set, scores, rankings, satisfaction and other assessment figures beside the index's facts (考核得分, 位列第N名, 排名上升, 优秀等次, 群众满意度, 知晓率/参与率/回访率/好评率, 案卷评查合格率, 一次性通过率, exam averages and other people's 及格率, 扣分, 第三方评估 and 指数 values, other places' scores in a table): a 2024 county (.txt), a 2023 district (.docx), a 2025 county (.html), a 2024 city (Markdown), a 2022 county (GBK). */
export const heldout106Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout106');
/** A hundred-and-eighth blind set, outline numbers, item marks and contents pages that look like figures (decimal outlines 1.1 / 2.2.1, an item number run into its count as 3.19件, （1）/1）/①/⑴/⒈/Ⅰ marks, Word automatic numbering and <ol start>, 第一部分/第一章/第1节, 目录 with dotted leaders and page numbers, - 2 - and 第2页 page lines, 附件1/表2 references): a 2024 county (.txt), a 2023 district with Word numbering (.docx), a 2025 city (Markdown ordered lists), a 2024 county portal page with <ol> (.html), a 2022 county (GBK). */
export const heldout108Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout108');
/** A hundred-and-eleventh blind set, vertical agencies' own reports (党委/党组会议 and 局务会议 会前学法, 执法资格 and 执法证件 holders among all staff, 法制审核, 处罚 and 执法检查 counts, the body as 被申请人 decided by its superior or the local government and as 被告; the superior system's, the local government's and last year's figures, the system's 不少于…学时 requirement): a 2023 county 税务局 (.txt), a 2024 隶属海关 (.html), a 2022 county 气象局 (GBK), a 2025 county 烟草专卖局 (Markdown), a 2024 district 公安分局 (.docx). */
export const heldout111Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout111');
/** A hundred-and-tenth blind set, facts stated in the negative or under a condition (无一未经…, 没有一件…, 未发生败诉, 零败诉, 无一不…, 不是没有…, 除…外均…, 仅有…未…, 凡…必…, 如遇…则…, 若…将…, 未经…不得… as a rule, 不少于/不低于 requirements beside achieved figures, 尚未建立/尚未实现 shortcomings, zeros of no spec fact): a 2024 district (.txt), a 2023 county (GBK), a 2025 district (Markdown), a 2022 county-level city portal page (.html), a 2024 county (.docx). */
export const heldout110Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout110');
/** A hundred-and-twelfth blind set, rule-of-law figures in other genres (meeting minutes with 会议听取/指出/要求 and 列席 units, a press-conference transcript with reporters' questions and spoken approximations, a 专题会议纪要 with 议定事项, a 人大常委会审议意见 beside the government's figures, a 政府工作报告 with economy figures around one paragraph): a 2024 county 常务会议纪要 (.txt), a 2023 district 新闻发布会实录 (Markdown), a 2025 county 行政复议专题会议纪要 (.html), a 2022 district 审议意见 (GBK), a 2024 县级市 政府工作报告 (.docx). */
export const heldout112Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout112');
/** A hundred-and-sixteenth blind set, the same report in other scripts and number forms (繁體 with 行政覆議, a Chinese–Korean bilingual page, a Chinese–English .docx, full-width digits and commas, capital numerals, Chinese numerals and 余, thin-space thousands, 98.5 % and ‰, Roman and circled item marks): a 2023 county in traditional script (.txt), a 2024 朝鲜族自治县 (.html), a 2025 开发区管委会 (.docx), a 2022 县级市 (GBK), a 2024 city (Markdown). */
export const heldout116Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout116');
/** A hundred-and-nineteenth blind set, inspection feedback and rectification reports (反馈问题N个 / 已整改到位N个 / 整改完成率 tallies, 督察指出 / 审计指出 / 巡察指出 findings of earlier years, 整改成效 figures of the year, before/after pairs, deadlines of what is still open, 约谈 / 问责 counts): a 2024 county's 督察整改 report (.txt), a 2023 district's 审计整改 report (.docx with a table), a 2022 city's 中央依法治国办实地督察 整改落实 page (.html), a 2025 city 司法局's 巡察整改 report (GBK), a 2023 县级市's annual report with a long 督察 section (Markdown). */
export const heldout119Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout119');
/** A hundred-and-seventeenth blind set, hard-wrapped text as copied out of a PDF or typed at a fixed width (lines broken mid-sentence, mid-word and mid-figure: 1 / 23件, 审核率达 / 100%, 2024 / 年; paragraphs told apart only by an indent or a blank line; short headings on lines of their own; running headers and page numbers between pages; a table copied as wrapped text; wrapped lines that start with 一、二季度 or 2.8个百分点 inside a sentence): a 2023 county (.txt at ~34), a 2022 县级市 (GBK at ~28 with page furniture), a 2024 district (.docx, a paragraph per line), a 2025 city (.html with <br>), a 2024 county (Markdown at ~40). */
export const heldout117Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout117');
/** A hundred-and-twenty-first blind set, autonomous, frontier and unusual administrative units (自治县, 旗 of a 盟 with 苏木乡镇 and 嘎查村, 自治州, 地区行政公署, a 县级市 inside an 自治州; 双语 普法, 边境 and 牧区 wording, 自治条例 and 单行条例, the superior's 州/盟/自治区 figures): a 2023 彝族自治县 (.txt), a 2024 旗 (.docx), a 2022 藏族羌族自治州 (.html), a 2025 地区行署 (GBK), a 2024 县级市 of a 傣族自治州 (Markdown). */
export const heldout121Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout121');
/** A hundred-and-twenty-fourth blind set, reports as reposted on WeChat public accounts and news sites (原创 / 作者 / 来源 lines, 点击蓝字关注, section banners as images with alt text, figures bold in spans split inside numbers, ✅ ▶ 🔹 ■ 【】 markers, 图为… captions, 编者按 and a news lead retelling figures, 往期推荐 / 相关新闻 / 相关推荐 links with other places' and years' figures, 阅读 10万+ / 点赞 562 / 在看 counts, 长按识别二维码, 责任编辑 lines): a 2024 county's 公众号 page (.html), a 2023 district's news-site repost (.docx with a table), a 2025 县级市's 公众号 text (.txt), a 2022 city's 网信办 repost (GBK), a 2025 district's 头条 page (Markdown). */
export const heldout124Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout124');
/** A hundred-and-twenty-second blind set, templates, samples and half-filled forms (a 司法局's 报告模板 whose figures are all placeholders ××件 / XX% / 【填写数字】 / ＿＿ / （\u3000） with 例如 / 示例 / 如： examples, a half-filled draft with a 【待核实】 figure, ×× gaps and a table's default 0s beside a real zero in words, a 范文 of 虚拟示例 figures, a 自查表 of 是 / 否 / √ cells with figures, a filled report whose appendix keeps the template's table): a 2024 county 司法局 (.docx), a 2023 district (.txt), a 2025 city (.html), a 2022 county (Markdown), a 2024 县级市 (GBK). */
export const heldout122Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout122');
/** A hundred-and-twenty-third blind set, figures outside the body text (a 「数说法治」 text box and a footnote in a .docx, a two-column .docx with the 文号 in its header, page numbers in its footer and a table nested in a table cell, an <aside> 数据看板, <figcaption> chart captions and related links of other places on a portal page, Markdown footnotes, blockquote call-outs and image alt text, boxes flattened into GBK text as 「专栏1」…「专栏1完」): a 2023 county (.docx with a text box), a 2024 district (.docx in two columns), a 2022 city (.html), a 2025 县级市 (Markdown), a 2022 county (GBK). */
export const heldout123Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout123');
/** A hundred-and-twenty-fifth blind set, the spec's rarer facts and their near misses (备案规范率 / 备案合法合规率, 报备及时率, 法治建设考核权重 / 分值占比 beside 考核得分, 应出庭 beside 应诉, 代表委员满意率 beside 12345 and 群众满意率, 任前考试 / 学法考试 合格率 beside 参考率, 行政执法主体 beside 执法人员, 法制审核人员, 旁听庭审 人次 beside 法院's 庭审 figures, 法律顾问覆盖率, the province's and city's 备案 figures): a 2023 county (.txt), a 2022 district (.docx with a table), a 2024 city (.html), a 2025 县级市 (GBK), a 2024 county (Markdown with an indicator table). */
export const heldout125Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout125');
/** A hundred-and-twenty-sixth blind set, telegraphic and run-on writing (fragments without verbs: 【行政复议】收案56件，结案51件 lines, label：value lines with the unit only in the label (案件（件）：42, 持证执法人员（名）：964), slash lists (复议/应诉/出庭率：214/57/100%), arrow chains (出庭应诉率→100%), ——items and ｜-separated fragments, a table whose unit stands in its heading; and whole chapters as one run-on paragraph of 800–1,000 characters mixing the place, its departments, the court, the superior and last year, with the plans at its end): a 2023 county (.txt with a 附表 of 【】 lines), a 2024 district (.docx with a two-year table), a 2022 city (.html portal page with a 数据速览 box), a 2025 county-level city (GBK, 主要数据 of label：value lines), a 2024 county (Markdown with a summary box and a table). */
export const heldout126Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout126');
/** A hundred-and-thirty-first blind set, 普法 and 法治宣传 reports (“八五”普法 中期评估, 普法依法治理工作总结, 谁执法谁普法 履职报告 with 责任清单 / 以案释法 / 普法讲师团, 国家工作人员学法用法 reports with 学法考试 参考率 / 合格率, 旁听庭审 and 会前学法, 法治文化阵地 reports with 法治公园 and 民主法治示范村: few index facts among many 普法 counts, students' and villagers' lectures, 中心组学法, 八五普法以来 totals, the superior's figures and 九五 plans): a 2023 county's mid-term evaluation (.docx with a table), a 2024 district's 普法依法治理 summary (.html), a 2022 city's 谁执法谁普法 履职报告 (.txt), a 2025 县级市's 学法用法 report (GBK), a 2025 district's 法治文化阵地 report (Markdown with a table). */
export const heldout131Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout131');
/** A hundred-and-twenty-eighth blind set, tables written in plain text (box-drawing tables light, heavy and double, ASCII +----+ tables, columns aligned by runs of full-width and half-width spaces, tab-separated lines, Markdown pipe tables with alignment colons and an escaped pipe, units in captions and headers, 合计 rows, last year's, 同比, 增减, 排名 and 序号 columns, 备注 cells with words, a wrapped cell, a row of another body, a 目标 column): a 2023 county (.txt with a box table and an ASCII table), a 2024 district (.docx with space-aligned and tab-separated text tables in a monospaced run and a Word table), a 2022 city (.html portal page with <pre> double-line, heavy and pipe tables), a 2025 county-level city (GBK, a space-aligned and an ASCII table), a 2024 county (Markdown pipe tables and a box table in a code block). */
export const heldout128Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout128');
/** A hundred-and-twenty-seventh blind set, township and street reports (the smallest reporting units in their own words: 镇党委会议专题研究 and 镇政府常务会议 / 党政联席会议 / 主任办公会议会前学法, 一村一法律顾问 and 社区法律顾问全覆盖, the 镇司法所 or the 法律顾问 reviewing the town's contracts, 综合行政执法办公室 with 赋权事项, 人民调解委员会, the town or street as a respondent in 复议 and 诉讼, stated zeros; beside the county's, the villages', the 司法所's and 派出所's figures, 网格员, 信访 and 法律明白人): a 2023 镇 (.txt), a 2024 街道 (.docx with a two-year table), a 2022 民族乡 on the county's portal (.html), a 2025 镇's 党委 and government joint report (GBK), a 2023 street's 法治建设 paper (Markdown). */
export const heldout127Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout127');
/** A hundred-and-twenty-ninth blind set, neighbouring domains' rates and counts beside the index's (政务服务 网上可办率 / 一网通办 / 即办件 / 好差评 好评率 / 办件量, 12345 热线 按时办结率 / 满意率 / 工单, 信访 按期办结率 / 化解率, 涉企检查 and 包容审慎 减免罚款, 双随机 抽查率 / 合格率, 审计整改率, the court's 结案率 / 调撤率 / 服判息诉率, 检察 诉前检察建议, 法律援助 案件 / 满意率, set in the same sentences, lists and tables as 办复率, 出庭应诉率, 纠错率, 合法性审查率, 学法次数): a 2023 county (.txt), a 2024 district (.docx with a table), a 2022 city (.html), a 2025 县级市 (GBK), a 2024 county (Markdown with an indicator table). */
export const heldout129Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout129');
/** A hundred-and-thirtieth blind set, self-assessments against the demonstration index (示范创建自评报告 walking the index's 一级指标 with 满分/自评/扣分 per item, indicator and item numbers (指标6.4.2, 第41项), the index's requirement quoted beside what was achieved, 佐证材料 annex numbers, 逐项对照 tables 指标 | 要求 | 完成情况 | 自评分, 扣分原因 and 差距 sections): a 2023 county (.txt), a 2024 district (.docx with a table), a 2022 city (.html portal notice), a 2025 county-level city over a two-year creation period (GBK), a 2024 county (Markdown with a 对照表). */
export const heldout130Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout130');
/** A hundred-and-thirty-second blind set, reports written or published after their year (a report dated in the new year whose 2025 chapter says what was done 今年以来 / 2025年1—2月 / 截至发稿时 before its plans, a .docx reprinted a year later with an 编者按 and an 更正说明 of revised figures and a two-year table, a portal page whose 发布时间, 来源 and related links are the next year's, a GBK report whose 今年 means the report's year in one chapter and the writing year in another, a Markdown 通报 that quotes last year's report's figures before this year's): a 2024 county (.txt), a 2023 district (.docx), a 2022 city (.html), a 2025 county-level city (GBK), a 2024 county (Markdown). */
export const heldout132Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout132');
/** A hundred-and-thirty-seventh blind set, part-year summaries and year-end papers that are not the yearly report (上半年 / 前三季度 / 1—11月 工作总结 with 同比, 上年同期 and 去年全年 figures beside the period's, 第三季度 columns, 截至11月底 data notes and 预计全年 estimates, 下半年 / 第四季度 / 12月 plans and 全年力争 targets, a 工作要点 for the coming year whose preamble cites the current year's results): a 2023 county (.txt), a 2024 city (.docx with a table), a 2025 district (.html portal page), a 2022 county 司法局 (GBK), a 2025 county-level city's 工作要点 (Markdown). */
export const heldout137Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout137');
/** A hundred-and-forty-first blind set, places renamed, merged or split in the year (撤县设区 with 原县政府 and the former county's earlier figures, a 县级市's first report after 撤县设市 with a 2024 | 2023（原…县） table, a new district made from parts of two others with the neighbours' figures, a 开发区 under a district's 托管 and two streets merged, a city's 更名 with old-name figures and subordinate places' rows): a 2023 district (.txt), a 2024 county-level city (.docx with a table), a 2025 district (.html portal page), a 2022 district (GBK), a 2024 city (Markdown). */
export const heldout141Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout141');
/** A hundred-and-forty-second blind set, citations of laws, articles, decrees and document numbers among the figures (依据《…》第十七条规定，全年审核…38件; 国务院令第713号, 国办发〔2018〕37号, 法释〔2020〕3号, 汧政规〔2022〕N号; (2023年修订), 第3版 清单, 2.0版 平台, 《纲要》's 10个方面; footnote markers [N] beside figures, Markdown links to laws, a 文件清单 of 文号): a 2023 county report (.txt), a 2025 district 司法局's 合法性审核 summary (.docx with a table of cited articles), a 2024 county-level city's report with footnotes (.html), a 2022 city report with a 文件清单 (GBK), a 2025 district 政策解读 (Markdown). */
export const heldout142Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout142');
/** A hundred-and-forty-seventh blind set, legal advisers' and public lawyers' papers (a 县政府法律顾问团's yearly work report with a 2024年 | 聘期累计 table, a 司法局's 公职律师工作总结, a law firm's 常年法律顾问服务报告 to a district with its other clients, a 一村（社区）一法律顾问 通报 with a table by 镇（街道）, a city's yearly report with a long 法律顾问 chapter): whose figures are the place's (contracts, opinions, advisers, public lawyers, coverage, suits) and whose are the advisers' own, their firms' other clients', the villages' or the contract period's: a 2024 county (.docx with a table), a 2023 city 司法局 (GBK), a 2025 district (.html portal page), a 2022 county-level city (Markdown), a 2023 city (.txt). */
export const heldout147Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout147');
/** A hundred-and-forty-sixth blind set, parallel texts in minority scripts (a 双语 title, headings in both scripts, every paragraph or the whole report translated into Tibetan with Tibetan digits, Uyghur between RLM marks, traditional Mongolian with Mongolian digits and variation selectors, Zhuang in Latin script, Yi syllables; figures stated twice count once, rounded translations are no facts): a 2024 Tibetan autonomous county (.txt), a 2023 county-level city with Uyghur (.docx with a bilingual table), a 2025 苏木 with Mongolian (.html), a 2022 district with Zhuang (GBK), a 2024 prefecture-seat city with Yi (Markdown). */
export const heldout146Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout146');
/** A hundred-and-forty-fourth blind set, reports drafted with chat assistants and pasted as they came (Markdown residue — **bold**, ### headings, - and 1. bullets, pipe tables, --- rules, > quotes, emoji; the assistant's preamble and closing; the office's prompt left at the top with its own figures; unfilled placeholders [X] / XX / 【填写数字】 / {{出庭率}}; the assistant's example figures in 例如 / 示例 / 如 clauses, a 参考模板 block and a note declaring the 【】 figures examples; half-filled drafts): a 2024 county (.txt with the prompt), a 2025 district (.docx with a half-filled table), a 2023 city (.html portal page), a 2024 county-level city with a template block (GBK), a 2025 township's whole chat (Markdown). */
export const heldout144Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout144');
/** A hundred-and-forty-eighth blind set, enforcement data disclosures (行政执法数据公开 / 行政执法统计年报: tables per department of 许可 / 处罚 / 强制 / 检查 counts, 罚没金额, 法制审核 件数, 持证人员 and 记录仪, with or without a 合计 row, last year's column beside, a 乡镇（街道）综合执法 row, 双随机 rates and a narrative repeating the totals; only the place's 执法主体 / 持证人员 / 记录仪 / 法制审核人员 / 三项制度 / training / 复议 / 应诉 figures are facts): a 2024 county's disclosure (.txt with a tab table), a 2023 district's report with an appended data table (.docx), a 2022 city's 统计年报 (.html with a 市直合计 row), a 2025 county-level city's disclosure (GBK, pipe tables), a 2022 county 市场监管局's own disclosure (Markdown). */
export const heldout148Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout148');
/** A hundred-and-fifty-second blind set, shortcomings stated with figures (存在的短板 / 薄弱环节 / 问题清单 / 存在的问题与不足 as a numbered list, one long paragraph, a Word table and bullets, or woven into each chapter's end with 但…仍有 / 虽然…但是; parts lacking, the year's own values restated or stated only there, requirements quoted, last year's shortfall fixed, and plans answering each shortcoming with a target): a 2023 county (.txt), a 2024 district (.docx), a 2022 city (.html), a 2025 county-level city (GBK), a 2024 county department (Markdown). */
export const heldout152Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout152');
/** A hundred-and-fifty-third blind set, Chinese–English bilingual editions (each paragraph followed by its English translation, an English abstract on top, the English version after the whole text, English headings and bilingual table headers, figures in English wording — 1,284, 2.3 thousand, over 95 percent, 62 class hours, FY2025, as of December 31, 2024 — English-only boxes with a foreign chamber's survey and an investors' Q&A; a figure in both languages counts once, the Chinese governs where the translation rounds or slips, a figure given only in English is a fact): a 2023 自贸片区's 管委会 (.docx with a bilingual table), a 2024 district's portal page with an English version (.html), a 2022 city with an English abstract (.txt), a 2025 county-level city's summary line by line (GBK), a 2024 city 商务局 (Markdown). */
export const heldout153Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout153');
/** A hundred-and-fifty-first blind set, the paperwork around a report (a cover letter 关于报送…报告的函 with 文号, 签发人, 联系人 and 电话, 附件 with page counts and a summary repeating or rounding the report's figures; a 转发 notice quoting other departments' figures; a portal's 索引号 / 成文日期 / 文号 metadata table; an OA 公文处理单 with 流转记录 and 审批意见; an e-mail with headers and a signature; 抄送 / 印发 / 共印N份 版记): a 2024 county's 报送函 with its report (.txt), a 2023 district's OA export (.docx), a 2022 city's portal page (.html), a 2025 县级市 office's 转发 notice (GBK), a 2023 district 城市管理局's e-mail (Markdown). */
export const heldout151Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout151');
/** A hundred-and-fifty-fourth blind set, reports that barely name themselves (titles without place or year — 关于2023年度法治政府建设工作情况的报告, 法治政府建设年度报告; bodies saying 我县 / 本区 / 我市 / 我局 throughout; the place only in the signature, a 文号, an OCR stamp line or a portal's page title and footer; the year only through 过去一年, 十四五收官之年 / 第三年, 党的二十大召开之年 or 较上年 figures beside the paper's later date; superiors' documents, neighbours' figures and next-year meetings as misleading clues): a 2023 county (.txt), a 2024 district (.docx), a 2025 city (.html), a 2022 county-level city (GBK OCR), a 2023 county 自然资源局 (Markdown). */
export const heldout154Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout154');
/** A hundred-and-seventy-ninth blind set, digital rule of law: platforms, dashboards and online rates (行政执法监督平台 录入案件 and 使用率, “互联网+监管” and 双随机 system counts, 电子证照, 网上办理率 / 全程网办率, 一网通办, 掌上 / 移动执法终端 beside 执法记录仪, 非现场执法 devices, 行政复议 网上申请 as a part of all applications, 智慧普法 访问量, 电子卷宗, 数据共享接口, dashboards and 数据看板 quoted as 截至 snapshots; system performance, money, data volumes, province-wide totals and pilots as traps; an index fact stated through a platform is the fact): a 2024 county (.txt), a 2022 district with a dashboard table (.docx), a 2025 city's portal page (.html), a 2020 county-level city (GBK), a 2019 district 司法局 (Markdown). */
export const heldout179Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout179');
/** A hundred-and-eighty-second blind set, durations, deadlines, dates and time spans among the figures (办结时限 压缩至N个工作日, 平均审查用时N天, 平均审理周期N日, 承诺时限, 超期0件, 24小时内响应, 学法N分钟 / 讲座N小时, 人均N学时 as a fact, meeting dates, 截至 dates, 每季度 / 每月 frequencies beside the year's counts, year spans, 第N个 anniversaries, 30天回访, plans' deadlines, ages and years of service): a 2019 county (.txt), a 2023 district (.docx), a 2025 city's portal page (.html), a 2021 county-level city (GBK), a 2017 town (Markdown). */
export const heldout182Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout182');
/** A hundred-and-eightieth blind set, enforcement officers and their certificates as stocks and flows (持证执法人员 at the year's end beside 新申领 / 注销 / 暂扣 / 换发 证件, 年审 / 审验 and 执法资格考试 counts, last year's stock and the change, 法制审核人员 and their share, 公职律师, 协管员, training by 期 / 人次 / 人 / 人均学时 / 网上学时 / total 学时, requirements quoted, campaigns' 人次, departments' and towns' shares, superiors' totals): a 2024 county (.txt), a 2022 district's training and management report (.docx), a 2019 city's portal page (.html), a 2017 county 司法局's 年审 通报 (GBK), a 2020 town (Markdown). */
export const heldout180Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout180');
/** A hundred-and-eighty-first blind set, normative documents and major decisions counted step by step (规范性文件 起草, 合法性审核 with its 修改意见 in 条, 公开征求意见, 印发, 报备 rates, 备案审查 of subordinates' files, 清理 with its 保留 / 修改 / 废止 / 宣布失效 parts, 有效期, 后评估; the 目录, 听证, 论证, 风险评估, 集体讨论决定; 议题 and 合同 review with amounts; the 人大's and the party's documents beside them): a 2023 county (.txt), a 2025 city 司法局's summary (.docx), a 2021 city portal page (.html), a 2019 district's report to its 人大常委会 (GBK), a 2016 county-level city (Markdown). */
export const heldout181Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout181');
/** A hundred-and-seventy-eighth blind set, development zones, 管委会, 新区 and other functional areas (bodies governing a territory without being a full government: enforcement by 委托 or through the city's departments, 复议 decided by the city, the 管委会 as defendant, 党工委 meetings and 述法, 托管 streets and towns, the zone's enterprises and 招商 contracts; a city counting its zones beside its counties): a 2022 national 经开区 (.txt), a 2019 provincial 高新区 (.docx), a 2025 新区 with 托管 streets (.html), a 2021 city naming its zones (GBK), a 2017 county's 工业园区 (Markdown). */
export const heldout178Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout178');
/** A hundred-and-seventy-fifth blind set, numerals inside set phrases, names and slogans that are not figures (三项制度, 两法衔接, 双随机、一公开, 七五 / 八五普法, “1+N”, 12345 / 12348 热线, 一站式, 三级 networks, 四级书记抓法治, 两个清单, 五大行动, 十大重点任务, 百场宣讲 and 千名律师进万家 as campaign names, 一村一法律顾问, 一网通办, 两个100%, 第三方, 三类人员) beside the index's counts and rates, often in the same sentence: a 2024 county (.txt), a 2023 district (.docx), a 2025 city's portal page (.html), a 2019 county-level city (GBK), a 2022 district 司法局 (Markdown). */
export const heldout175Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout175');
/** A hundred-and-seventy-seventh blind set, whose figure is it (city and prefecture reports giving each figure at several scopes in one paragraph — 全市, 市本级 / 市政府, 市直部门, 各县（市、区） together or named one by one, 开发区 / 新区 管委会, and 全省 for comparison — with a district's and a county's for contrast; the report's whole territory is its scope, its own government's part beside that whole optional, subordinates' and superiors' figures traps): a 2024 city (.txt), a 2021 city (.html), a 2025 city 司法局 (.docx), a 2019 district (GBK), a 2017 county (Markdown). */
export const heldout177Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout177');
/** A hundred-and-seventy-sixth blind set, the administrative reconsideration reform, 2020–2024 (复议职责 concentrated in the county / city government, its departments' cases before the reform, the 行政复议委员会 and its 咨询 meetings, the revised law's 复议前置, 调解和解, 听证, 主动撤销, 复议与诉讼之比; the government as 复议机关 and as 被申请人, 维持 / 驳回 / 终止, 纠错率): a 2021 county (.txt), a 2024 district (.docx with a 结案方式 table), a 2022 city's portal page (.html), a 2023 county-level city (GBK), a 2020 county 司法局 (Markdown). */
export const heldout176Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout176');
/** A hundred-and-seventy-third blind set, the institutional reform years 2018–2020 (the 法制办 merged into the 司法局 mid-year — figures of the former 法制办 and of the new 司法局, part-year columns beside the year's total —, the 全面依法治县（区、市）委员会 and its office set up, enforcement teams merged into a 综合行政执法局, 转隶 people, 划转 duties and vacancies, 复议 concentrated in the government from a date in the year, a city reporting its counties' reform): a 2018 county (.txt), a 2019 district with a 1—3月 | 4—12月 | 全年合计 table (.docx), a 2020 city (.html), a 2019 county-level city (GBK), a 2020 county 司法局 (Markdown). */
export const heldout173Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout173');
/** A hundred-and-seventy-fourth blind set, figures matched to items by order (分别为 x、y、z after a list of items, 依次, 同比分别增长, 其中…各 N 件, two lists crossing, rates and counts interleaved, a 分别 whose items are other bodies or other years, a list with one item missing its figure, a 顿号 list whose figure is the whole's, 分别 across a clause break): a 2024 county (.txt), a 2023 district (.docx), a 2025 city (.html), a 2021 county-level city (GBK), a 2019 street (Markdown). */
export const heldout174Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout174');
/** A hundred-and-seventieth blind set, the pandemic years 2020–2022 (依法防控 beside ordinary rule-of-law work: emergency measures reviewed for legality, 疫情防控 inspection, 劝导 and 隔离 tallies, 复工复产 legal services for enterprises, 视频 学法 and lectures, 网上 / 不见面 review and hearings, 中止 / 延期 复议 and 应诉 hearings, figures lower with the pandemic given as the cause, shortcomings blamed on it): a 2020 county (.txt), a 2021 district (.docx), a 2022 city (.html), a 2020 county-level city (GBK), a 2022 street (Markdown). */
export const heldout170Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout170');
/** A hundred-and-seventy-second blind set, the latest national campaigns' wording, 2024–2025 (规范涉企行政检查 — 检查计划备案, 扫码入企, “综合查一次”, 检查频次下降 —; the revised 行政复议法 — 收到 / 受理, 调解和解, 复议前置, 听证, 意见书 / 建议书, 复议与诉讼之比 —; 提升行政执法质量三年行动 and 案卷评查; 证明事项告知承诺; 涉企政策合法性审核 and 公平竞争审查; 规范性文件 备案和清理): a 2024 county (.txt), a 2025 district (.docx), a 2025 city (.html), a 2024 county-level city (GBK), a 2025 district 市场监督管理局 (Markdown). */
export const heldout172Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout172');
/** A hundred-and-sixty-eighth blind set, the first year of the 十五五 and of a new 纲要（2026—2030年） (reports on 2026 written in early 2027: 开局之年 / 起步之年 openings, the year's figures beside 2025 baselines and the 十四五's closing totals, the new 纲要's, the province's and superiors' 到2030年 targets quoted, 三年行动 and 首批…示范 tasks with numbers, 2027 plans): a county (.txt), a district with a 2025年 | 2026年 | 增减 table (.docx), a city (.html), a county-level city (GBK), a street (Markdown). */
export const heldout168Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout168');
/** A hundred-and-sixty-ninth blind set, each province's own reform vocabulary for the same facts (浙江-style 大综合一体化行政执法改革 / 一支队伍管执法 / 浙里办, 广东-style 镇街综合行政执法 / 粤省事 / 数字政府 with 宗 as the case unit, 江苏-style 放管服 / 不见面审批 / 苏服办, 四川-style 乡镇（街道）赋权 / 综合执法队 / 天府通办, 北京-style 接诉即办 / 街乡吹哨、部门报到; the programmes' own tallies — 办件量, 好差评, 热线工单, 划转事项, 赋权事项 — beside the index's counts and rates): a 2024 county (.txt), a 2023 district (.docx), a 2025 city (.html), a 2021 county-level city (GBK), a 2022 street (Markdown). */
export const heldout169Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout169');
/** A hundred-and-seventy-first blind set, bulletins that give figures for many places at once (a county's report listing its towns' figures after its own, a city's report with an appendix table ranking its counties — 得分 | 排名 | 等次 | rates | counts — and a 全市 row, a district's assessment 通报 with the streets' scores and the units' 复议 / 应诉 table with a 合计 row, a 县级市's report with its towns' figures in the text and a 简表 with a 小计, a city bureau's report with its 大队' training hours and the county bureaus' and the whole city's figures; the paper's own place's figures and 全市 / 全区 totals are facts, subordinates', peers' and superiors' figures traps): a 2020 county (.txt), a 2024 city (.docx), a 2022 district (.html), a 2018 county-level city (GBK), a 2025 city 交通运输局 (Markdown). */
export const heldout171Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout171');
/** A hundred-and-sixty-seventh blind set, slogans, formulas and numbered brand names among the figures (“1+3+N”模式, “三个一”机制, “五位一体”, “一中心两平台三体系”, “四张清单”, 721 / 1030 / 130 工作法, 12345 热线, 八五 普法; 数说法治 blocks pairing a slogan number with a real count — 1个目录：…事项7项 —, as lines and as a table; quoted requirements, rankings and 连续N年 beside the counts): a 2021 county (.txt), a 2023 district (.docx), a 2025 city (.html), a 2019 county-level city (GBK), a 2022 town (Markdown). */
export const heldout167Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout167');
/** A hundred-and-sixty-sixth blind set, the formats users hand us less often (a county's report saved by WPS as .odt with headings, a numbered list, a table and a footnote; a district's Word-style .rtf with GBK \'xx escapes, a \trowd table and a footnote; a city 司法局's .eml with a covering note and the city's report as an attached .docx named in RFC 2047; a 县级市's portal page printed to PDF by Chromium; a street's flat OpenDocument .fodt): a 2019 county, a 2021 district, a 2023 city, a 2022 county-level city, a 2025 street. */
export const heldout166Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout166');
/** A hundred-and-sixty-fourth blind set, Word and WPS layouts (body paragraphs and 专栏 in text boxes — wps:txbx with its VML fallback, anchored and inline, and VML-only v:textbox; a 红头 and title as a shape; a two-column section with a column break; a sidebar in framed paragraphs (w:framePr); a table nested in a layout table's cell; block content controls (w:sdt) wrapping sections; figures tables in a header or footer part; tracked formatting and hidden text): a 2021 county (WPS text boxes, header table), a 2023 district (columns, frame), a 2025 city (nested table, sdt, footer table), a 2022 county-level city (VML text boxes, tracked formatting, hidden text), a 2020 county 市场监督管理局 (sdt, frame, floating text box of plans, header table); all .docx. */
export const heldout164Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout164');
/** A hundred-and-sixtieth blind set, compilations and bundles of several papers (a 依法治县办's 汇编 with a 目录 and each body's signed report, a district's report with its streets' reports as 附件, a city's portal page with the districts' reports appended, a 县级市's 材料汇编 with its bureaus' summaries, a bureau's report with its 下属单位' reports; the file speaks for the body whose report opens it, the appended papers' figures are other bodies'): a 2024 county (.txt), a 2023 district (.docx), a 2025 city (.html), a 2022 county-level city (GBK), a 2024 district 城市管理局 (Markdown). */
export const heldout160Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout160');
/** A hundred-and-sixty-first blind set, the closing year of the 纲要（2021—2025年） and the 十四五 (2025 reports written in early 2026 setting 五年来 / “十四五”以来 / 2021年以来累计 totals beside the year's figures, 由2020年的…提高到… baselines, the 纲要's and the 方案's targets quoted or met, a five-year table with 2021—2025 columns and a 合计, a 2020年基数 | 2025年目标 | 2025年完成 table, 十五五 / 2026 plans): a county (.txt), a district (.docx), a city (.html), a county-level city (GBK), a city 交通运输局 (Markdown). */
export const heldout161Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout161');
/** A hundred-and-sixty-second blind set, the statutory annual reports next door (papers a government publishes every year beside its 法治政府建设 report: a county's 政府信息公开工作年度报告 with its standard tables, a district government's 行政复议工作报告 as 复议机关, a city's 行政执法统计年报, a 县级市's report quoting its own 信息公开 统计 table, a bureau's 谁执法谁普法 普法责任制履职报告; disclosure-only 复议 / 诉讼 counts are no overall cases): a 2020 county (.docx), a 2023 district (.txt), a 2019 city (.html), a 2025 county-level city (GBK), a 2021 county 农业农村局 (Markdown). */
export const heldout162Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout162');
/** A hundred-and-sixty-fifth blind set, portal pages whose article is written by script (document.write of escaped strings, a var articleHtml with \n and \uXXXX escapes filled in by jQuery, a Next.js page's __NEXT_DATA__ JSON, an entity-escaped article in a hidden <textarea> copied in, a base64 data- attribute decoded by script; visit counters and site statistics in other scripts; labels are what a reader sees in the browser): a 2021 county (document.write), a 2023 district (var articleHtml), a 2025 city (__NEXT_DATA__), a 2019 county-level city (GBK .htm, textarea), a 2022 county 交通运输局 (base64). */
export const heldout165Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout165');
/** A hundred-and-sixty-third blind set, typing slips as they appear in published reports (pinyin-IME homophones — 法律顾向, 行政复义, 出庭应述, 规范姓文件, 会前学发, 决侧, 审察, 公职律诗, 调节矛盾纠纷, 执法记录以, 旁厅, 信息功开, 办洁, 合通, 纠分 —, doubled characters, full-width digits or points inside figures, spaces and stray punctuation in or after figures, a wrong but obvious unit, a year typed 2201, a missing 。 running two sentences together, a paragraph or section pasted twice; a figure with a space inside is ambiguous and optional): a 2021 county (.txt), a 2023 district (.docx), a 2025 city (.html), a 2019 county-level city (GBK), a 2024 street (Markdown). */
export const heldout163Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout163');
/** A hundred-and-fifty-eighth blind set, the early years: 2016–2020 reports in their own era's wording (推进依法行政工作领导小组, 政府法制办 / 法制办公室 and its merger into the 司法局 in 2019, the 纲要（2015—2020年）and its 到2020年基本建成, 依法行政考核, 第三方评估, 重大行政决策 五大程序 in draft and a first 目录, 首席法律顾问 / 法律顾问室 / 法律顾问团, 公职律师试点, 规范性文件 统一登记、统一编号、统一发布 / “三统一”, 三项制度 piloted then rolled out, 权力清单和责任清单, 两法衔接, 行政复议委员会, 六五 / 七五普法 and 十二五 / 十三五 totals): a 2016 county's 依法行政工作情况报告 (.txt), a 2017 district's report with a 2017年 | 2016年 table (.docx), a 2018 city's portal page (.html), a 2019 county-level city in the year of the 机构改革 (GBK), a 2020 county 市场监督管理局's summary (Markdown). */
export const heldout158Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout158');
/** A hundred-and-fifty-sixth blind set, quarterly and monthly breakdowns (a county's 第一季度…第四季度 figures with and without the year's sum, a 县级市's table with one column per quarter and a 合计 column, a city's monthly 月报 series summed up at the year's end — 12月份 beside 全年累计 —, a district's 1—11月 / 截至11月底 figures beside 预计全年 ones written in December, a bureau's 上半年 / 下半年 halves and a 1—6月 同比 comparison; single quarters and months, 同比 last year's figures, 月均 averages, stocks at earlier dates, cumulative figures since an earlier year, 预计 / 力争 plans): a 2025 county's report (.txt), a 2022 county-level city's report with a quarterly table (.docx), a 2025 city's portal page (.html), a 2024 district's December report (GBK), a 2023 city 交通运输局's report (Markdown). */
export const heldout156Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout156');
/** A hundred-and-fifty-seventh blind set, replies to deputies, members and citizens (a county 司法局's 答复 to a 人大代表's 建议 with 文号, 答复类别 A类 and 签发人; a district government's 答复 to a 政协委员's 提案 with 办理结果 A类 and a 2024年 | 2023年 | 增减 table; a city's 市长信箱 letter page with 来信 / 回复单位 / 回复时间; a county-level city's 网民留言办理 page; a city bureau's report on the 人大常委会's 审议意见; the asker's figures, neighbours and superiors compared with, last year's and next year's figures, promises 下一步我们将… as plans; the paper speaks for the place whose figures it gives): a 2023 county (.txt), a 2024 district (.docx), a 2025 city (.html), a 2022 county-level city (GBK), a 2024 city 生态环境局 (Markdown). */
export const heldout157Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout157');
/** A hundred-and-fifty-fifth blind set, drafts, revisions and tracked changes (a 征求意见稿 .docx with Word's 修订 — w:del / w:ins runs, deleted and inserted sentences — and 批注 comments; a corrected portal page showing the old figures struck through (<del>, <s>, text-decoration: line-through) before the new ones, with an 编者按 and an 更正说明; a 起草说明 comparing the draft's figures with the final ones (原稿“…”改为“…”, 将“…”调整为“…”, 保留原表述, 未采纳的意见); a report with an errata notice appended (“…”应为“…”); a Markdown 初稿 with ~~struck~~ figures, [待核实] marks and 【】 editors' notes): a 2024 county's consultation draft (.docx), a 2023 district's corrected page (.html), a 2025 city 司法局's 起草说明 (.txt), a 2022 county-level city's report with its 更正说明 (GBK), a 2024 county 市场监管局's draft (Markdown). */
export const heldout155Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout155');
/** A hundred-and-fifty-ninth blind set, papers covering two years or two bodies (a county's 2023—2024年度 report with each year's figures and two-year totals, a 区委 and 区政府 joint report with the 第一责任人 part, a city's report with the previous year's report appended, a 县级市's report that also reports the next year's first quarter, two county bureaux' joint report with per-bureau and joint figures; the paper's year's and the paper's bodies' figures are facts, the other year's, two-year totals, the appendix's, the quarter's and other bodies' are not): a 2024 county (.txt), a 2022 district (.html), a 2023 city (.docx with a table), a 2024 county-level city (GBK), a 2025 pair of county bureaux (Markdown). */
export const heldout159Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout159');
/** A hundred-and-forty-ninth blind set, spoken transcripts (a portal video's SRT subtitles with cue numbers and `-->` timestamps, a 述法 meeting's audio typed out with 【00:04:10】 stamps, a television 问政 programme's transcript, a speech-recognition export of a press briefing without punctuation and with 发言人N stamps, a radio programme's transcript with speaker headings; numerals spoken out in words, fillers and repeats, a figure cut across cues, a homophone slip; hosts', callers' and reporters' questions, other speakers' bodies, neighbours' and other years' figures, plans): a 2024 district's subtitles (.txt), a 2023 county-level city's 述法 meeting (.docx with a table), a 2022 city's 电视问政 page (.html), a 2025 county's ASR export (GBK), a 2023 city 生态环境局's radio interview (Markdown). */
export const heldout149Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout149');
/** A hundred-and-fiftieth blind set, rule-of-law reports of bodies outside the government (a state-owned group's 法治建设工作报告, a college's 依法治校工作报告, a public hospital's 依法执业 report, a 国资委 summing its enterprises, and a government report naming its enterprises', college's and hospital's figures beside its own; only the reporting body's own figures are facts: companies' 规章制度 and civil suits, students' and patients' figures, subsidiaries' and enterprises' counts are none): a 2023 county-level city's report (.txt), a 2024 city investment group's report (.docx with a subsidiaries table), a 2023 teachers' college's report (.html portal page), a 2022 county hospital's report (GBK), a 2025 city 国资委's report (Markdown). */
export const heldout150Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout150');
/** A hundred-and-forty-fifth blind set, presentation decks written out (汇报PPT to an inspection team or a 人大 hearing: slide titles, bullet fragments without verbs joined by ｜ or ·, big-number slides, 目录 slides, N / 9 and 第N页 slide numbers, footers with the deck's date, chart axis ticks and other years' bars, 备注 speaker notes with the city's figures, 存在问题 and 下步打算 slides, 谢谢！): a 2023 county's outline export (.txt), a 2024 district's slide divs on a portal page (.html), a 2022 city's handout with one heading per slide and tables (.docx), a 2025 county-level city's OCR'd deck (GBK), a 2023 district's Markdown slides. */
export const heldout145Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout145');
/** A hundred-and-forty-third blind set, chronologies, timelines and dated entries (a report whose 工作回顾 runs 1月 … 12月, a portal's 工作动态 list of dated news lines, a city's 大事记 standing alone, a report with a 大事记 appended, a 司法局's 大事记 table; dates, ordinals and anniversaries that look like counts — 3·15, 第十一个国家宪法日, 第3次常务会议, 8月1日起施行, 6月26日 — part-year tallies beside the year's totals, figures said twice, last December's and next January's lines, and 拟于下月 / 计划 plans): a 2023 county's report (.txt), a 2024 district's 工作动态 page (.html), a 2022 city's 大事记 (GBK), a 2025 county-level city's report with a 大事记 appendix (Markdown), a 2024 county 司法局's 大事记 (.docx with a table). */
export const heldout143Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout143');
/** A hundred-and-thirty-ninth blind set, task ledgers and checklists with status marks (工作台账 / 责任清单落实情况 / 任务清单完成情况 / 推进情况表 with one row per task, 责任单位, 完成时限 and a status column — 已完成 / 推进中 / 未启动 / 持续推进, √ / ×, 基本完成 / 长期坚持, √ / □ lines, a legend ●已完成 ○未完成 ◐推进中 — whose rows not done or under way are no achievements, whose rows due next year are plans, beside 序号, dates, 完成进度N% and 完成率 counts, and other bodies' tasks): a 2024 county's ledger (.docx with a table), a 2023 district's 落实情况 (Markdown tables), a 2022 city's checklist (GBK), a 2025 county-level city's 推进情况表 (.html with a legend), a 2023 county's report with a ledger appendix (.txt). */
export const heldout139Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout139');
/** A hundred-and-fortieth blind set, interviews and explainers about the year's report (在线访谈 with 主持人 / 嘉宾 turns, times and photo captions, 网友 and 听众 questions that carry figures of their own, a 图文解读 一问一答 with a two-year table, a radio phone-in transcript, a news app's 记者：/ 答：Q&A, a paper's 专访; figures rounded then corrected (大概三百来件，准确地说是318件), 去年 in an interview of the next year, plans 下一步 / 明年 / 接下来, the whole city's or province's figures and a neighbour held up as a model): a 2024 district (.html), a 2023 city (.docx with a table), a 2025 county (GBK), a 2022 county-level city (Markdown), a 2023 district (.txt). */
export const heldout140Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout140');
/** A hundred-and-thirty-eighth blind set, reports as paginated portal pages and their page furniture (第N页 共M页 / 首页 上一页 下一页 尾页 pagers in the middle of a sentence or a figure, the heading and 发布时间 / 来源 / 浏览次数 line repeated on each page, 字号 / 打印本页 / 关闭窗口 / 分享到 lines, 上一篇 / 下一篇 titles of other years' and places' reports with figures, 相关阅读 / 热点推荐 lists of other places' figures, 附件 下载 lines, 扫一扫, 网友评论 0 条, footers with 网站标识码, ICP numbers and 访问量): a 2024 county (.txt), a 2023 district (.html with three page blocks), a 2022 city (.docx pasted with its furniture and a table), a 2025 county-level city (GBK), a 2023 county (Markdown). */
export const heldout138Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout138');
/** A hundred-and-thirty-fifth blind set, leaders' speeches at rule-of-law work meetings (同志们, 刚才…通报了…, 我讲三点意见, 一是…二是…, rhetorical questions, 要…必须…; last year's figures recited as achievements, admitted 短板弱项, this year's demands and targets; traps of the previous speakers' figures, 兄弟县 held up as examples, national and provincial figures, the meeting's date, 考核 weights and scores, 三个一 slogans): a 2023 county 县委书记 (.txt), a 2024 district 区委书记 (.docx with a table of targets), a 2022 city 市长 at a 常务会议学法 in December (.html), a 2025 county-level city 市长 (GBK), a 2024 county 县长 (Markdown). */
export const heldout135Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout135');
/** A hundred-and-thirty-third blind set, reports delivered to the people's congress (the yearly report as read to the 人大常委会 by a 副县长 or 司法局局长 受…人民政府委托 with 主任、各位副主任、秘书长、各位委员 and 请予审议, a section on last year's 审议意见 quoting last year's figures, the 人大's own 审议意见 / 专题询问 / 执法检查 / 备案审查 counts beside the government's, a government's 审议意见研究处理情况的报告): a 2024 county (.txt), a 2023 district 审议意见 (.docx with a two-year table), a 2022 city 专题询问 (.html), a 2025 county-level city's answer (GBK), a 2024 city (Markdown). */
export const heldout133Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout133');
/** A hundred-and-thirty-fourth blind set, rule of law as a chapter of bigger papers (政府工作报告, a government's whole-year 工作总结, a 国民经济和社会发展统计公报 and a 年鉴's 条目, where the rule-of-law paragraphs stand early, late or split between 政府自身建设 and 平安建设 among the economy's GDP, 预算收入, 完成率, 人口, 城镇化率, 招商引资, 就业, 空气优良天数比例, 开工率 and 民生支出 figures and the next year's 预期目标): a 2023 county 政府工作报告 (.txt), a 2024 district 工作总结 (.docx with an indicator table), a 2022 city 统计公报 (.html), a 2025 county-level city 年鉴 (GBK), a 2024 county 政府工作报告 (Markdown). */
export const heldout134Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout134');
/** A hundred-and-thirty-sixth blind set, infographics written out as text (一图读懂, 图解, 数说 pages as screen readers, OCR and copy-paste give them: a figure on one line and its label on the next or before it, big numbers with their units split off (9.8 / % / 纠错率), ↑↓▲ changes and 同比 beside figures, ★ ①② ✅ 📌 emoji, 数据看点 / 关键词 / 亮点 headings, No.1 and TOP3 rankings, 柱状图 and 折线图 captions of five years' values, 图片描述 alt text, 来源 / 发布时间 / 浏览次数 lines): a 2023 county's 一图读懂 alone (.txt), a 2024 district report with its 图解 annex (.docx with a 同比 table), a 2022 city's 图解 portal page (.html), a 2025 county-level city's 数说 page (GBK), a 2024 county report followed by its 一图读懂 (Markdown). */
export const heldout136Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout136');
/** A hundred-and-eighteenth blind set, text from OCR of scanned paper (spaces inside words and figures, full-width and half-width forms mixed, O and 〇 for zero, °/o for %, 。 read as ., stray 口 ■ | from the seal and the fold, red headers and seals' words, lines and figures cut where the paper's lines broke, page numbers mid-sentence, look-alike misreadings such as 复仪, 律帅, 人贝, 顾间, 末 for 未): a 2023 county (.txt), a 2024 district portal page (.html), a 2025 city (.docx with a table), a 2022 county-level city (GBK), a 2024 county 司法局 (Markdown). */
export const heldout118Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout118');
/** A hundred-and-twentieth blind set, party committees' rule-of-law reports (县委常委会会议专题研究法治建设, 县委常委会会前学法 and 理论学习中心组学法 beside the 政府常务会议's, 述法全覆盖, 法治建设考核权重, 党委法律顾问 beside the government's, 党内规范性文件 备案审查, 法治督察, 人大 / 法院 / 检察院 / 纪委 figures, 党工委会议 in a street): a 2023 county 县委全面依法治县委员会's 工作报告 (.txt), a 2024 district's 区委 and 区政府 joint 法治建设 report (.docx with a table), a 2022 county 县委常委会's 第一责任人职责 report (.html), a 2025 县级市 委依法治市办's 工作要点 (GBK), a 2025 street 党工委's report (Markdown). */
export const heldout120Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout120');
/** A hundred-and-fourteenth blind set, papers that look back over several years (五年来 / 累计 / “十四五”以来 totals, 年均 means, year-by-year series 2022、2023、2024年分别为…, 由2021年的…提高到…, tables of years, the plan period's targets met and the next period's targets, 2025年上半年 figures): a 2025 county's 十四五 summary (.docx with a table of years), a 2024 district's evaluation of its 三年行动计划（2022—2024年） (.html), a 2023 city's mid-term evaluation of its 纲要（2021—2025年） (GBK), a 2022 县级市's annual report beside its term's totals (.txt), a 2024 county bureau's 2020—2024 review (Markdown with a table of years). */
export const heldout114Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout114');
/** A hundred-and-thirteenth blind set, leaders' 述法 and 述职 reports in the first person (本人主持/出庭应诉/讲授/批示 beside the body's figures, 分管 departments' parts, last year's and the superior's figures, self-criticism, 本人将… plans): a 2023 county 县长's 第一责任人职责情况报告 (.txt), a 2024 district 区委书记's 述法报告 (.html), a 2025 county 交通运输局局长's 述职述廉述法报告 (.docx), a 2022 镇长's 述法报告 (GBK), a 2025 县级市 副市长's 分管领域 report (Markdown). */
export const heldout113Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout113');
/** A hundred-and-fifteenth blind set, figures carried in appendices, statistics tables and chart captions and stated twice (a 目录 at the top, 附件1 主要指标完成情况表 with 目标值 / 完成值 / 完成情况, a 复议应诉统计表 of department rows and 合计, 2022年 / 2023年 / 同比 columns, 镇（街道） rows, 注 footnotes with 数据来源 and 截至12月20日, 图1 / 图2 captions with the chart's values, rounded restatements such as 96%以上 of 96.3, a table of next year's 目标值): a 2024 county (.txt, space- and tab-aligned tables), a 2023 district (.docx with Word tables), a 2025 city portal page (.html with rowspan / colspan and figcaptions), a 2022 county-level city (GBK, full-width-blank tables), a 2024 county 市场监管局 (Markdown pipe tables). */
export const heldout115Dir = path.resolve(packageRoot, 'test', 'fixtures', 'heldout115');

/** Every fact quotes its evidence: a non-empty slice of the source, exactly as it stands there. */
export function expectQuoted(doc: Document, facts: readonly Fact[]): void {
  for (const f of facts) {
    expect(f.evidence.text).not.toBe('');
    expect(doc.source.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  }
}

/** A whole text read as a report; every fact it gives must quote its evidence. */
export function readQuoted(lexicon: Lexicon, text: string): { doc: Document; facts: Fact[] } {
  const doc = buildDocument(sourceOf(text));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return { doc, facts };
}

/** A report of the fictional 柘川县 (leftovers tests): its achievements section holds `lines`, a gap follows. */
export const zhechuanCounty = (lines: string): string => `柘川县人民政府2024年法治政府建设情况报告
2024年，县政府在市委、市政府领导下推进依法行政，各项工作取得新进展。
一、主要成效
${lines}
二、存在的不足
个别乡镇法制审核力量仍较薄弱。
`;

/** The fictional district 柘湾's (or a district named `name`) report of 2024, its achievements `lines`. */
export const zhewanDistrict = (lines: readonly string[], name = '柘湾区'): string =>
  [
    `${name}人民政府2024年法治政府建设情况报告`,
    '2024年，区政府在市委、市政府领导下推进依法行政，各项工作取得新进展。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '个别街道法制审核力量仍较薄弱。',
    '',
  ].join('\n');

/**
 * A text read as ingest reads a file of that name (its format, markup and tables), every fact quoting its evidence;
 * its numeric facts as statusesOf gives them.
 */
export async function readFileQuoted(lexicon: Lexicon, text: string, file: string): Promise<{ doc: Document; facts: string[] }> {
  const doc = buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), file));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return { doc, facts: statusesOf(facts.filter((f) => typeof f.value === 'number')) };
}

/** The values one fact takes in a text read by readQuoted. */
/** The facts (statusesOf) of a 2024 report of the county `name` whose work is `done`, under a stock title and opening. */
export const county2024Statuses = (lexicon: Lexicon, name: string, done: string): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        `${name}2024年法治政府建设情况报告`,
        `2024年,${name}坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作,现将有关情况报告如下。`,
        '一、主要工作',
        done,
        '',
      ].join('\n'),
    ).facts,
  );

/** The facts (as statusesOf) of the fictional 蓠塘县交通运输局's 2024 report whose work is `lines`. */
export const bureau2024Statuses = (lexicon: Lexicon, ...lines: string[]): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      ['蓠塘县交通运输局2024年法治政府建设工作报告', '2024年，我局在县委、县政府领导下推进依法行政，现将有关情况报告如下。', '一、主要工作', ...lines, ''].join(
        '\n',
      ),
    ).facts,
  );

/** A text's document fields on one line (kind, level, place, year; '-' for none), as the rules tests compare them. */
export const metaLine = (lexicon: Lexicon, text: string): string => {
  const { doc } = readQuoted(lexicon, text);
  return `${doc.kind} ${doc.level} ${doc.place ?? '-'} ${doc.year ?? '-'}`;
};

export const quotedValuesOf = (lexicon: Lexicon, text: string, id: string): unknown[] =>
  readQuoted(lexicon, text)
    .facts.filter((f) => f.id === id)
    .map((f) => f.value);

/** The numeric facts (as statusesOf) of `body` read through ingest as the first section of a .txt report titled `title`. */
export const sectionStatuses = async (lexicon: Lexicon, title: string, body: string): Promise<string[]> =>
  (await readFileQuoted(lexicon, `${title}\n一、主要工作\n${body}\n`, 'shiqiao.txt')).facts;

/** Of facts as statusesOf gives them, those of one id. */
export const statusesWithId = (facts: readonly string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

/** Of facts as statusesOf gives them, those of any of the ids, id by id. */
export const statusesWithIds = (facts: readonly string[], ...ids: string[]): string[] => ids.flatMap((id) => statusesWithId(facts, id));

/**
 * The numeric facts (as statusesOf) of a 柘川县 report of 2024 read through ingest: achievements `done`, shortcomings
 * `gaps`, plans for next year `plans` (the leftovers tests' report).
 */
export async function zhechuanReportStatuses(
  lexicon: Lexicon,
  done: readonly string[],
  plans: readonly string[] = [],
  gaps: readonly string[] = ['个别乡镇法制审核力量仍较薄弱。'],
): Promise<string[]> {
  const text = [
    '柘川县人民政府2024年法治政府建设情况报告',
    '2024年，县政府在市委、市政府领导下推进依法行政，各项工作取得新进展。',
    '一、主要成效',
    ...done,
    '二、存在的不足',
    ...gaps,
    '三、2025年工作打算',
    ...plans,
    '',
  ].join('\n');
  return (await readFileQuoted(lexicon, text, 'zhechuan.txt')).facts;
}

/** Facts as the rule tests compare them: id=value:status, in order. */
export const statusesOf = (facts: readonly Fact[]): string[] => facts.map((f) => `${f.id}=${String(f.value)}:${f.status}`);

/** The facts (as statusesOf) of one paragraph of achievements, read in a whole report under `title`. */
export const paragraphStatuses =
  (lexicon: Lexicon, title: string) =>
  (paragraph: string): string[] =>
    statusesOf(extractFacts(buildDocument(sourceOf(`${title}\n一、主要工作\n${paragraph}\n`)), lexicon));

/**
 * A Document of one section of the given kind, sentences split at 。;! and line breaks (the
 * unit tests decide section kinds themselves rather than depend on heading detection).
 */
export function docOf(raw: string, kind: SectionKind = 'achievements', docKind: DocumentKind = 'annual_report'): Document {
  const text = foldCharacters(raw);
  const sentences: Sentence[] = [];
  const re = /[^。;!\n]+[。;!]?/g;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ span: { start, end }, ...readSentence(text, { start, end }), heading: false, section: 0, top: 0, kind });
  }
  return {
    kind: docKind,
    // a city: no level above it whose clauses the superior-level pass sets apart (市政府… is its own)
    level: 'city',
    place: null,
    code: null,
    parents: { province: null, city: null },
    year: 2023,
    source: { file: 'test.txt', format: 'txt', encoding: 'utf-8', text, original: raw, traditional: false },
    sections: [
      {
        index: 0,
        title: '工作情况',
        heading: '一、工作情况',
        headingSpan: { start: 0, end: 0 },
        span: { start: 0, end: text.length },
        depth: 1,
        parent: null,
        kind,
      },
    ],
    sentences,
  };
}

export const seedNames = (): string[] =>
  fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

export async function seedDoc(name: string): Promise<Document> {
  const file = path.join(
    seedsDir,
    seedNames().find((f) => f.startsWith(name))!,
  );
  return buildDocument(await ingestFile(file));
}

interface GoldFact {
  id: string;
  value: number | true;
}
export interface GoldDocument {
  kind: string;
  level?: string | null;
  place?: string | string[] | null;
  year?: number | null;
}
export interface Gold {
  document?: GoldDocument;
  facts: GoldFact[];
  plans: GoldFact[];
  optional: GoldFact[];
}

export function gold(name: string, dir: string = goldDir): Gold {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name) && f.endsWith('.yaml'))!;
  const g = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Partial<Gold>;
  return { document: g.document, facts: g.facts ?? [], plans: g.plans ?? [], optional: g.optional ?? [] };
}

/** The report formats a held-out set may hold (ingest reads each of them). */
const heldoutExtensions = ['.txt', '.md', '.html', '.htm', '.xhtml', '.mht', '.mhtml', '.docx', '.pdf', '.ofd', '.odt', '.fodt', '.rtf', '.eml', '.csv'];

/** The report NAME.EXT next to a gold NAME.yaml, or undefined when there is none. */
const heldoutFile = (dir: string, name: string): string | undefined =>
  heldoutExtensions.map((ext) => path.join(dir, name + ext)).find((file) => fs.existsSync(file));

/** The held-out reports (NAME.txt, .md, .html, .htm, .xhtml, .mht, .mhtml, .docx, .pdf, .ofd, .odt, .fodt, .rtf, .eml or .csv with a NAME.yaml), as names without extension. */
export const heldoutNames = (dir: string = heldoutDir): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && heldoutFile(dir, f.replace(/\.yaml$/, '')) !== undefined)
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();

export async function heldoutDoc(name: string, dir: string = heldoutDir): Promise<Document> {
  const file = heldoutFile(dir, name);
  if (!file) throw new Error(`no report next to ${name}.yaml in ${dir}`);
  return buildDocument(await ingestFile(file));
}

/** The metadata checks of eval-facts: names of the fields (kind, level, year, place) that are wrong. */
export function metaMisses(doc: Document, want: GoldDocument | undefined): string[] {
  if (!want) return [];
  const misses: string[] = [];
  if (doc.kind !== want.kind) misses.push(`kind: ${doc.kind} ≠ ${want.kind}`);
  if (want.level != null && doc.level !== want.level) misses.push(`level: ${doc.level} ≠ ${want.level}`);
  if (want.year != null && doc.year !== want.year) misses.push(`year: ${String(doc.year)} ≠ ${want.year}`);
  const place = doc.place;
  if (want.place != null && ![want.place].flat().some((w) => typeof place === 'string' && place.length >= 2 && (place.includes(w) || w.includes(place)))) {
    misses.push(`place: ${String(place)} ≠ ${String(want.place)}`);
  }
  return misses;
}

/** The comparison of ../shared/tools/eval-facts.mjs. */
const sameValue = (got: number | true, want: number | true): boolean => {
  if (want === true) return got === true || (typeof got === 'number' && got > 0);
  if (typeof got === 'number') return Math.abs(got - want) <= Math.max(0.05, Math.abs(want) * 1e-3);
  return false;
};
const matches = (f: GoldFact, g: GoldFact): boolean => f.id === g.id && sameValue(f.value, g.value);

export interface Score {
  tp: number;
  fp: Fact[];
  fn: GoldFact[];
  leaks: GoldFact[];
  plansFound: number;
}

export function score(facts: Fact[], g: Gold): Score {
  const achieved = facts.filter((f) => f.status === 'achieved');
  const planned = facts.filter((f) => f.status === 'plan');
  const unique = new Map(achieved.map((f) => [`${f.id}=${f.value}`, f]));
  return {
    tp: g.facts.filter((x) => achieved.some((f) => matches(f, x))).length,
    fn: g.facts.filter((x) => !achieved.some((f) => matches(f, x))),
    fp: [...unique.values()].filter((f) => ![...g.facts, ...g.optional].some((x) => matches(f, x))),
    leaks: g.plans.filter((x) => achieved.some((f) => matches(f, x))),
    plansFound: g.plans.filter((x) => planned.some((f) => matches(f, x))).length,
  };
}
