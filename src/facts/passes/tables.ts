/**
 * The word tables of rules/passes.yaml made into the regexes the passes match, once per lexicon
 * (never per sentence).
 */
import type { Document, Level } from '../../document/types.js';
import { BULLET, BULLET_MARK } from '../../ingest/line-breaks.js';
import type { Lexicon, PassTables } from '../lexicon.js';
import type { Qualifier } from '../schema.js';
import { escape, TARGET_SHARE, targetBracketLead, wholeOf, type WordRun } from '../text.js';
import { screenWords, WordScreen } from '../../util/word-screen.js';
import { compiledNow } from '../../util/matches.js';

export interface CompiledTables {
  /** a string made of list words only (、 和 及 …) */
  listSeparator: WordRun;
  /** any list word, longest first (global) */
  listWord: RegExp;
  distributive: readonly string[];
  /** the distributive words by which every item takes the one value after them (均, 都) */
  shared: readonly string[];
  respectively: readonly string[];
  /** the end of a clause that announces a list of values (申请分别为) */
  respectivelyAnnounce: RegExp;
  /** one item of a list: a run of characters without item separators or blanks */
  listItem: RegExp;
  /** the particles after which a list's shared head noun stands (代表、委员的满意率) */
  headMarks: readonly string[];
  itemMeasures: readonly string[];
  /** the words before 分别 pointing back to a list in the clause before (以上两类) */
  listReference: RegExp;
  /** an item of a list before 分别 that opens with the name of a department under the body (县公安局) */
  departmentItem: RegExp;
  /** a clause's words that it shares what the clause before counts (也, 同样) */
  sharedMarks: readonly string[];
  /** the words opening two clauses that give the figures of a two-item list before them, in order (前者, 后者) */
  ordinals: readonly string[];
  /** a member of a list after 分别 that gives no figure: a placeholder (—, 暂无) or a range (40—45名) (global) */
  hole: RegExp;
  /** list words between two numbers with only such members among them (、——、), a verb opening the next one after them (、控制在) */
  holesBetween: RegExp;
  /** such members, each after list words, from a number on to the end of its list (sticky: 、—以内) */
  holesAfter: RegExp;
  /** such members, each before list words, at the end of a string (分别为—、) */
  holesBefore: RegExp;
  /** a change phrase from its start to the end of the string: 由8%提高到 */
  change: RegExp;
  changeFrom: readonly string[];
  /** what stands between an old value and the new one an arrow leads to: 89.7%(2021年)→ */
  arrowBetween: RegExp;
  /** a change against another period and its verb, or a count's measure and the verb (数量少), at the end of a string (较上年增加): the amount after it is no figure of the year */
  changeBy: RegExp;
  /** a sentence's opening clause comparing it with another period (与去年同口径相比): a count after a verb of change there is an amount */
  changeOpening: { against: RegExp; by: RegExp };
  /** a total word and a few more characters at the end of a string (共清理), or a bare one right there (计) */
  total: RegExp;
  /** a verb of going over a stock (共梳理): a total after it counts what was gone through */
  survey: RegExp;
  /** how a sentence opens that goes on from a sentence naming a subject and counting nothing (上述文件共计19件) */
  sentenceOpener: RegExp;
  /** words right before a subject that point back to what the clause before named (此类合同) */
  backReferences: readonly string[];
  parts: readonly string[];
  /**
   * what opens the parts of a total by kind (其中, 分别为), or one part as an aside (含), the words that keep such a part the body's (本级, 受理), and a
   * count of each kind (水利类事项各2项) from two characters before its evidence
   */
  breakdown: { openers: readonly string[]; asides: readonly string[]; kept: RegExp; perKind: RegExp; sumsUp: RegExp };
  /** what dates a count to a day of the year before its end (截至11月30日: global), and the words of the whole year (全年) */
  yearToDate: { cutoff: RegExp; wholes: readonly string[] };
  /** what dates a sentence of a chronicle by its opening, and a line that dates the entries below it (group `year`) */
  datedEntries: { openings: readonly RegExp[]; headings: readonly RegExp[] };
  /** a bilingual edition's English passages (rules/passes.yaml english) */
  english: {
    sentenceEnd: RegExp;
    /** global: groups `q` (a qualifier word) and `n` */
    figure: RegExp;
    qualifiers: ReadonlyMap<string, Qualifier>;
    /** global: group 1 the year */
    year: RegExp;
    plan: RegExp;
    other: RegExp;
    counts: ReadonlyArray<{ id: string; words: RegExp; near: RegExp | undefined }>;
  };
  /** the end of an occasion (审查合同时, 办理复议案件过程中): its words set the scene of what follows */
  occasion: RegExp;
  /** a number of batches or rounds at the end of a string (分3批): how the counted was done, no count of its own */
  batch: RegExp;
  /** a clause that opens saying in how many batches the people counted before it went (分三批次到…旁听): it goes on with them */
  batchOpen: RegExp;
  /** a clause that opens saying what share of a whole it is (占审结案件的15.2%): a share of what the clause before names */
  shareOpen: RegExp;
  /** what right after a word makes it part of a law's name (合同 of 合同法, of 民法典合同编): sticky, tried at the word's end */
  lawNameAfter: RegExp;
  /**
   * a part's opening that names the reporting body's own share: a few characters, then 本级 (市局本级), and the units
   * directly under it joined to it (局机关和直属执法支队)
   */
  ownPart: RegExp;
  /** the words of such a share (本级, 局机关) */
  ownPartWords: readonly string[];
  /** a part's opening that is the reporting body's own name (我县, 本市): its share of a superior's total */
  ownName: RegExp;
  /** a clause that ends naming a whole its clauses after break down (8件败诉案件中), and what opens a part of it by cause (因…) */
  whole: RegExp;
  partCauses: readonly string[];
  /** a string that is only a verb of reaching: 并达到, 拟于明年增加到 */
  reach: RegExp;
  /** what stands around a target's figure in a clause that only says its share done (完成全年|1.5万件|目标任务的82.8%) */
  targetShare: { lead: RegExp; rest: RegExp };
  /** what a clause holds right before a cue that names the whole of a share (法制审核人员占|执法人员), read on its end */
  shareWhole: RegExp;
  /** a requirement quoted as met by the clause before (…,达到“每年不少于6次”的要求): the words before its figure, and after it */
  metRequirement: { lead: RegExp; rest: RegExp };
  /** what a bracket after a figure says before its own figure when it states that figure's target (196人(年度计划180人)) */
  bracketedTarget: RegExp;
  listNext: readonly string[];
  /** words that say who attended an event counted before (…2场,参加干部120人) */
  attendance: readonly string[];
  /** words that give a figure per head (人均42学时): a total after it sums over the heads */
  perHead: readonly string[];
  /** words joining two verbs of one fact, which then govern as one (废止和宣布失效416件) */
  verbJoins: readonly string[];
  /** words that front a verb's object before it (对…的文件废止4件): the object then names the subject */
  objectFronts: readonly string[];
  /** words that name other things than the subject (其他文件): a clause naming them continues no subject */
  otherThings: readonly string[];
  /** a lone clause's opening before a passive verb (在全面清理中被废止…) */
  passiveLead: RegExp;
  /**
   * a list word right after a counted number (受理36件、办结30件, 新收(126件)、), or a bracket that
   * opens a part of it (审结402件(其中调解116件), 16名(含派驻人员5名)): it ends one predicate
   */
  predicateBreak: RegExp;
  /** what joins and what closes an enumeration of peers (甲、乙、丙等), and how many items it has at least */
  enumerationSeparator: RegExp;
  enumerationEnds: readonly string[];
  enumerationMinItems: number;
  /** how far a number may stand before the cue it counts (5名专业律师担任法律顾问) */
  maxGapBeforeCue: number;
  /** …and how far a card's figure alone on its line may stand before the cue that ends its label on the next (🔹 100% | …率) */
  maxCardGap: number;
  /** right after a number: it names the whole a part is drawn from (已审结的9件中…), no count of the noun after it */
  wholeAfter: RegExp;
  /** a clause's opening that says what the thing counted before it is (系一起…纠纷), right before its number */
  apposition: RegExp;
  /** verbs of the post the people counted fill (担任), and how far after the number one may stand */
  posts: readonly string[];
  maxWho: number;
  /** how long a modifier between a number and the noun it counts may be (1,026名经过…的执法人员) */
  maxModifier: number;
  /** words saying how many there are, right before such a number (共有) */
  modifierLeads: readonly string[];
  /** after the noun a number counts, in its clause: what was not done to them (…未随议题提交); none when unset */
  failedAfter: RegExp | null;
  /** right after a cue: what makes it a description of the noun after it (争议较大的案件); none when unset */
  describedAfter: RegExp | null;
  /** the marks between a card's figures on their row and between its labels under them (12名 | 94名) */
  cardColumns: readonly string[];
  /** words opening a bracket after a number that counts others apart (另有协管人员38名): its words are its own */
  apart: readonly string[];
  /** a tool the body worked through (通过…备案审查系统): its name's words are no distractors of the clause's cues */
  tools: RegExp;
  /** words opening a bracket that lists a part a count takes in (含, 包括): right after the cue word, its words are its own */
  bracketParts: readonly string[];
  /** what joins two counts of one event in two measures (培训6期、180人次) */
  measureLinks: readonly string[];
  /** words opening a bracket after a count per time that counts the same event per head (1260人次(涉及领导干部540人)), longest first */
  headsLeads: readonly string[];
  /** the marks that close a telegraphic line's cell after a figure written with no counting word (复议：214；) */
  cellEnds: readonly string[];
  /** words that carry a denial on to the cue after them (未受理的复议案件) */
  negationLinks: readonly string[];
  /** rate words that name no subject (覆盖率) */
  bareRates: readonly string[];
  /** what may stand before a bare rate word to say how far the rate reaches (县级以下覆盖率) */
  bareRateScopes: readonly string[];
  /** words after a rate word that say it holds for each act the list before it names (审查率均为100%) */
  eachItem: readonly string[];
  /** a count's fact → the rate of its review, which such a rate word gives for each count of a list (审核…12件、…86件,审核率均为100%) */
  countRates: ReadonlyMap<string, string>;
  enumerationEnd: readonly string[];
  /** the words after 等 that name no other thing than the list's own items (等内容, 等方面) */
  enumerationGenericHeads: readonly string[];
  /** what a clause opens with before its subject */
  clauseLead: RegExp;
  /** for a level of reporting body, what opens a clause whose subject is its superior, or itself */
  /**
   * for a level of reporting body, what opens a clause whose subject is its superior, or itself; a
   * comparison with the superior's (or the nation's) figure anywhere in a clause (低于全省平均…): group 1 or 2 whose;
   * an event the superior held that the body's people attended (参加市政府举办的…); and a clause (after its lead)
   * that only names a document the superior issued, which the body followed (对照区政府印发的…目录(…))
   */
  bodies: ReadonlyMap<Level, LevelBody>;
  /** a named place opening a clause, speaking as a whole (嵘州市全年…, 泊江区人民政府…: group 2) or acting (泊江区组织…: group 3): group 1 its name */
  otherPlaceSubject: RegExp;
  /**
   * where a name of otherPlaceSubject ends: one of the words a name ends with, right before what that pattern's lookahead
   * needs (…区开展, …市全年, …县2024年): a lead without one opens with no name it matches, and the long pattern is not tried
   */
  otherPlaceJunction: RegExp;
  /** both, in a text said after its year (Document.spokenAfter): its 去年 is the year reported on (青岙镇去年调解…) */
  otherPlaceSubjectSpoken: RegExp;
  otherPlaceJunctionSpoken: RegExp;
  /** as otherPlaceSubject, a name whose stem is longer before a generic area word (柘景山区), and what writes it as a place elsewhere */
  writtenPlaceSubject: RegExp;
  writtenPlaceOrgans: readonly string[];
  /** a name before its government's bare 政府 (苍岭市政府…), and what writes it as a place elsewhere (苍岭市委, not 政府 again) */
  governedPlaceSubject: RegExp;
  governedPlaceOrgans: readonly string[];
  /** another place's bare name before its whole (泷州全市…): group 1 the name, group 2 its place word */
  otherPlaceWhole: RegExp;
  /** a clause that opens naming a neighbour (我们看到邻县澧泉县…): another body's */
  neighbourLead: RegExp;
  /** words before a name that say it is the place as it was (原某县), and what tells a report's own place had a former name ({former}, {own}) */
  formerPlace: { words: readonly string[]; renamed: readonly string[] };
  /** a note that the sentence told a place's figures ((以上为嵘州市数据)): group 1 the place */
  otherPlaceNote: RegExp;
  /** a sentence opening viewing a whole place by its name (放在整个郓川市看,…): group 1 the place; and the words that end the view */
  otherPlaceView: RegExp;
  otherPlaceViewEnds: readonly string[];
  /** a sentence opening with a back-reference naming whose the figures before it are (以上为全市情况), the name in group 1 */
  closingNote: RegExp;
  /** a clause ending in a label mark that says the figures after it are the departments' own (其数据为各部门自行统计:) */
  othersNote: RegExp;
  /** the superiors a report names as the ones it works under (在…领导下: group 1 the list), read by declared-superior.ts */
  declaredSuperior: {
    clause: RegExp;
    /** the bodies a report works under the guidance of (在…指导下), those of them that are offices or departments (`guideBodies`) */
    guideClause: RegExp;
    guideBodies: RegExp;
    separators: RegExp;
    organs: readonly string[];
    notNames: RegExp;
    shortNames: readonly string[];
    areas: readonly string[];
  };
  /** a clause whose subject serves the body and other units alike (…分局在本区和临港、桐湾两个园区统一开展执法) */
  sharedService: RegExp;
  /** a department's clause opening with 同期 and a place's whole (同期全县…): that place's figure beside the department's */
  departmentBeside: RegExp;
  /**
   * a department's clause opening with a place's whole (全县…) and a bracket naming another body as its source (group 1), or
   * with the words naming that body as the source before the whole (市司法局统计,全市…; group 1), or after it in the sentence
   * (…共733名,数据来源:县司法局; `tail`, group 1), or whose clause after gives the department's own share of it (…,其中本局…;
   * `share`)
   */
  departmentSourced: { whole: RegExp; note: RegExp; lead: RegExp; tail: RegExp; share: RegExp };
  /**
   * a department's clause opening with its place's government or committee (区政府…, 县委、县政府…), the organs that may
   * follow a place's name there (澂湾区人民政府…), and the names of the departments that speak for it (司法局)
   */
  departmentGovernment: {
    lead: RegExp;
    organs: readonly string[];
    legalOffice: RegExp;
    /** an event its own or a higher government or committee held and its people attended (参加县政府组织的…讲座) */
    event: RegExp;
  };
  /** a department speaking of itself (我局, 分局) */
  departmentOwn: readonly string[];
  /** a department's superior named by its kind alone (直属海关, 上级局) */
  departmentSuperiors: readonly string[];
  /** a clause's lead opening with the superior named by its tie to the body (所属地级市…), at any level */
  relatedSuperior: RegExp;
  /**
   * bodies outside the government opening a clause by their kind (市属国有企业…, 14户监管企业…; group 1 the prefix before
   * the kind, group 2 the kind) or by a back-reference (该院…), and the words that screen a sentence for them
   */
  otherBodies: { lead: RegExp; words: readonly string[] } | null;
  /** the one-character place words before a bureau's own kind that make it its superior (市公安局 → 市局) */
  bureauPlaceWords: readonly string[];
  /**
   * a name ending in an area word (西城区, 柘北新区: `endings`), the area words that alone are the body (`bare`), and a zone's
   * name (蘅川高新区: `zone`), whose host shares its first characters
   */
  namedArea: { endings: RegExp; bare: ReadonlySet<string>; zone: RegExp };
  /**
   * for a level of reporting body, what opens a part of a total (其中), the name of a unit under it at a
   * clause's start (after its lead), and a superlative picking a unit out (最高的是青岙县); `said`: any of
   * the part or superlative words (a sentence without one, or a clause naming a whole of units, names no
   * unit's figure); `whole`: a clause that ends naming a number of units as a whole (抽查的3个县(区)中);
   * `partName`: a unit's name in a clause right after such a whole, which may go on with its organ (白沙镇政府…);
   * `label`: a sentence opening with a unit's name alone before a label mark (1. 东堤社区:…): group 1 the name;
   * `heading`: a section's title that is a unit's name alone ((一)东堤社区): group 1 the name;
   * `presented`: a clause opening with a unit's name and a word that makes it the subject (枫桥县作为…, 枫桥县执法人员…);
   * `anaphor`: a clause opening with a word pointing back at a unit (该村, 该街道): group 1 the place word
   */
  subordinates: ReadonlyMap<
    Level,
    {
      part: RegExp;
      whole: RegExp;
      name: RegExp;
      partName: RegExp;
      ranked: RegExp;
      said: RegExp;
      label: RegExp;
      heading: RegExp;
      presented: RegExp;
      anaphor: RegExp;
    }
  >;
  /** for a level of reporting body, what opens a clause (after its lead) whose subject is the units under it together (县级政府, 乡镇) */
  unitsTogether: ReadonlyMap<Level, RegExp>;
  /** the same without the words of `not_places` (县直部门): the places under a department's place together */
  placesTogether: ReadonlyMap<Level, RegExp>;
  /** a clause of the places under a department's place together that states their coverage (乡镇法律顾问配备率…): its place's */
  coverage: RegExp;
  /** for a level of reporting body, a clause (after its lead) whose subject is its units together and that averages them (各县区平均…) */
  unitsAveraged: ReadonlyMap<Level, RegExp>;
  /** a department's clause opening with the people sent down to the units under its place (下沉至…街道的) */
  servedUnits: RegExp;
  /** a bureau the text names as the body's own office (管委会某某局), global: a back-reference to it is the body */
  ownOffices: RegExp;
  /** the facts that count the reporting body's own acts, which its units' acts are not (its decisions, its meetings' study) */
  ownActs: ReadonlySet<string>;
  /** the kinds of document in which a clause opening with a unit's name is that unit's (subordinate-level) */
  namedOpeningKinds: ReadonlySet<string>;
  /**
   * a sentence opening with a unit and its head's post before a label mark (4.县水利局局长:…): group 1 the unit;
   * `ownOrgan`: an organ ending a unit that names the body's own (县委, 镇政府); `speaking`: a clause (after its lead) that
   * opens with a unit and its head's post telling something in running text (白沙镇镇长在述法中介绍): group 1 the unit
   */
  headLabel: { label: RegExp; ownOrgan: RegExp; speaking: RegExp };
  /** an item's heading alone in its sentence that names its task ((八)推进乡镇合法性审核全覆盖。): what the item is about */
  taskHeading: RegExp;
  /** an exception up to the universal word it limits (除1件外均已办结): global */
  impliedException: RegExp;
  /** a double negative (global) and the universal it means (无一不 → 均) */
  doubleNegatives: readonly { re: RegExp; as: string }[];
  /**
   * the words one of which every double negative holds (无一, 没有一, 未经), read off their patterns, as one search: a text
   * without them has none (null: some pattern has no such word)
   */
  doubleNegativeScreen: RegExp | null;
  /** a label's colon right before a worded value (述法:全覆盖), global; null when none is written */
  labelColon: RegExp | null;
  /** in those kinds, a clause (after its lead) whose subject is a count of units (三个区, 5个县(区)) */
  countedUnits: RegExp;
  /** a clause (after a short subject) that opens with units counted after a word of sampling and 的 (市司法局抽查的三个区) */
  sampledUnits: RegExp;
  /** in a paper about its units, a clause that opens with one of the body's departments (区市场监督管理局…) */
  unitDepartment: RegExp;
  /** a clause that opens with the rest of the units counted (其余4个乡镇), group 1 the count */
  restUnits: RegExp;
  /** a share of the body's whole (占全县总数的), said after a count of units: those units are a part */
  unitsShare: RegExp;
  /** right after a whole of units, a clause opening with a count of them alone (有9个实现…), group 1 the count */
  countedOfWhole: RegExp;
  /**
   * what follows a figure in its clause when it may be a bar that selects (…达到100%的得满分, 对…低于80%、…高于15%的县): the
   * other items of its list, a bound (group 1), 的 and a score (group 2) or the kind of unit selected (group 3)
   */
  criterion: RegExp;
  /** the characters a match of `criterion` may open with: a figure followed by none of them is no bar */
  criterionOpens: ReadonlySet<string>;
  /** what stands right before a figure that is compared with (低于80%的县): with a unit after it, a bar */
  criterionCompared: RegExp;
  /** what stands right before a percentage, in its clause, that is a share of a score or weight (考核分值的, 权重提高到) */
  scoreShare: RegExp;
  /** a score's or weight's word: a cue holding one may read such a share */
  scoreWord: RegExp;
  /**
   * what stands between two summed counts: the kind of the first (执业律师和), of the second (律师2名和专家3名),
   * or both (2名律师与法制办3名干部); group 1 is what comes before the list word (empty: each kind before its count)
   */
  sumLink: RegExp;
  /** 由…组成: where the members of a whole are listed (its two ends as groups 1 and 2) */
  composition: RegExp;
  /** 与…组成: where members are listed beside a subject named before them, up to the verb (group 1) (global) */
  joinedComposition: RegExp;
  /** the verbs of those two (组成, 担任): a sentence without one holds neither */
  compositionVerbs: readonly string[];
  /** a kind of those who count a part of one fact, at a clause's start (局长, 分管副局长, 其他负责人) (sticky) */
  sumKind: RegExp;
  /** the list words between kinds (局长、副局长), and what says a count after them is each one's (各) */
  sumLinks: readonly string[];
  sumEach: readonly string[];
  /** what may stand right before the kinds, in their clause, naming them as who did it (由镇长、副镇长各出庭1件) */
  sumAgents: readonly string[];
  /**
   * a year and the words that may follow it, as it labels the figure after it (2024年的, 上一年度的): group 1
   * is the year, group 2 a word naming the year before the one reported on, group 3 one naming that year, group
   * 4 the word after it (global)
   */
  yearLabel: RegExp;
  /** the words after a year that make its figure a target of that year in a plan (2027年达到450名, 2027年增至3,000台) */
  yearTargets: ReadonlySet<string>;
  /** a year as the labels name it, written or named (2023年, 上一年度, 本年度) */
  yearNamed: RegExp;
  /** what may stand between the year's own words and its figure (今年为12次, 其中今年的3次): a label word or nothing */
  yearLabelOnly: RegExp;
  /** a clause's end saying how a count ran over the years (数量逐年增长): its cue counts the years' figures after it */
  yearTrend: RegExp;
  /** what joins one year's figure to the next year's label (、 增加到) */
  yearConnector: WordRun;
  /** years listed before 分别, a subject between too (2023年、2024年分别为; 2022年、2023年县政府分别收到…): group 1 is the list, group 2 (with indices) what it counts */
  yearsRespectively: RegExp;
  /** 2019年至2021年…分别为: a span of years, then what it counts, then 分别: the first and last year in groups 1 and 2, what it counts in 3 (with indices) */
  yearSpanRespectively: RegExp;
  /** year by year, then 分别 (逐年分别为3次、4次、5次): the figures of the years up to the one reported on (global) */
  yearByYearRespectively: RegExp;
  /**
   * a clause's opening that is the year before the one reported on (2023年 in group 1, or 上年: year_columns.last_year),
   * after a short subject too (全县2023年): the base of a change the next clause gives
   */
  yearChangeBase: RegExp;
  /**
   * a clause from its opening to its first number, the year itself opening it (2024年 in group 1, or 今年) and only a
   * change against the base or last year before the number (在此基础上增加, 又比2023年减少: the comparison in group 2,
   * the verb in group 3)
   */
  yearChange: RegExp;
  /** the verbs of a change that make the count smaller (减少, 下降) */
  yearChangeLess: ReadonlySet<string>;
  /** words of increase before a count's subject (新增), and of a total or what it reached (总数, 达到) */
  increments: readonly string[];
  stockWords: readonly string[];
  /**
   * the marks of the other-period pass for a report (its year, its voice, a department's own name), by name
   * (OTHER_PERIOD_MARKS): every clause or figure the pass marks starts from a match of one of them
   */
  otherPeriodMarks: (report: ReportOf) => OtherPeriodMarks;
  /**
   * for the year reported on and a voice (`spokenAfter`: the text was said after that year, its 去年 is that year),
   * what ends a run of clauses about another period that an opening began: a clause opening with the year itself
   * (current), one planning what is to come (runEnd); and what a clause after a ";" opens with to go on with the
   * run (carry: 累计, the same period's totals); what turns a sentence counting a span of years back to the year
   * (spanEnd: 全年, 年内, or the year named anywhere in the clause); what in an opening says its period runs to the
   * time of writing (ongoing: 2019年以来, 近三年来)
   */
  otherPeriodEnds: (year: number | null, spokenAfter: boolean) => { current: RegExp; runEnd: RegExp; carry: RegExp; spanEnd: RegExp; ongoing: RegExp };
  /**
   * for the year reported on, the screen of the texts where a mark of the other-period pass may match, in either
   * voice, for any body's name: a text it rules out holds none; null when it can rule out none
   */
  otherPeriodScreen: (year: number | null) => WordScreen | null;
}

/** A place written inside a department's name after the first (梅岭区 of 碧川市梅岭区司法局): a stem of two or more, then its suffix. */
const INNER_PLACE = /[^省市州盟县区旗]{2,8}?[省市州盟县区旗]/y;
/** The department's own part of its name is at least as long as 司法局. */
const MIN_OWN_PART = 3;

/**
 * A department's name as a report may shorten it: its own part after its places (碧川市梅岭区, then
 * 司法局), after the places with leading ones left out (梅岭区司法局), after the last place's suffix
 * alone (区司法局) or bare (司法局); but not after a higher place's suffix (市司法局 is the city's).
 */
function ownNames(name: string): string {
  const first = /[省市州盟县区旗]/.exec(name);
  if (!first || name.length - first.index - 1 < MIN_OWN_PART) return `(?:${escape(name)})`;
  const ends = [first.index + 1];
  for (;;) {
    INNER_PLACE.lastIndex = ends[ends.length - 1]!;
    if (!INNER_PLACE.test(name) || name.length - INNER_PLACE.lastIndex < MIN_OWN_PART) break;
    ends.push(INNER_PLACE.lastIndex);
  }
  const own = ends[ends.length - 1]!;
  const places = [0, ...ends.slice(0, -1)].map((start) => name.slice(start, own));
  return `(?:${any([...places, name.charAt(own - 1)])})?${escape(name.slice(own))}`;
}

/**
 * Another place's name opening a clause (after a date or 据统计), spelled as a unit's name is (subordinate_level:
 * no verb first, no 的/以/和 inside), then speaking as a whole or through its government (group 2), acting (group 3)
 * or dated (鹭沙市2024年…). `written`: a longer stem before a generic area word (柘景山区); `governed`: a name before
 * its government's bare 政府 (苍岭市政府…), which only the document's writing it elsewhere as a place makes a name.
 */
function otherPlaceSubject(
  words: Lexicon['passes']['superior_level']['other_place'],
  subordinate: Lexicon['passes']['subordinate_level'],
  spelled: 'said' | 'written' | 'governed' = 'said',
  spoken = false,
): RegExp {
  const char = `(?:(?!${any([...subordinate.not_in_name, ...words.not_in_stem])})[\\u4e00-\\u9fa5])`;
  // 桴山区: one character before a word of not_endings that may end a name
  const short = words.one_character_names.length === 0 ? '' : `${char}(?:${any(words.one_character_names)})|`;
  const starts = `(?!${any([...words.not_starts, ...subordinate.not_name_start])})`;
  // (written) a longer stem before a word of not_endings, a name only where the document writes it as a place
  const name =
    spelled === 'written'
      ? words.named_where_written.endings.length === 0
        ? '(?!)'
        : `${starts}${char}{2,${words.stem}}?(?:${any(words.named_where_written.endings)})`
      : `${starts}(?:${short}(?:${char}{2,${words.long_stem}}?(?:${any(words.long_endings)})|${char}{2,${words.stem}}?(?:${any(words.endings)}))` +
        `(?<!${any(words.not_endings)}))`;
  const before = words.before.length > 0 ? `(?:${words.before.join('|')})?` : '';
  const between = betweenOf(words, spoken);
  // a dated name speaks as an actor does: only a report whose own place is known reads it (no group 2)
  if (spelled === 'governed') return new RegExp(`^${before}(${name})(?=${any(words.named_where_written.bare_organs)})`);
  const dated = datedOf(words, spoken);
  // group 4: a bureau of the place acting or speaking of its people, which only a department's report of that kind reads
  // (superior-level.ts otherPlaceNamed)
  return new RegExp(
    `^${before}(${name})(?=${between}(?:(${any(words.then)})|(${any([...words.acts, ...words.people])})|${bureauActing(words, true)})${dated})`,
  );
}

/** A bureau of another place after its name (某县交通运输局, a group when `capture`), then its whole, act or people. */
function bureauActing(words: Lexicon['passes']['superior_level']['other_place'], capture: boolean): string {
  const bureaus = words.bureaus.map((pattern) => `(?:${pattern})`).join('|') || '(?!)';
  return `${capture ? '(' : '(?:'}${bureaus})(?:${any([...words.then, ...words.acts, ...words.people])})`;
}

/** What may stand between another place's name and its act or whole (its year), in a text said after its year or not. */
function betweenOf(words: Lexicon['passes']['superior_level']['other_place'], spoken: boolean): string {
  const all = spoken ? [...words.between, ...words.spoken_year] : words.between;
  return all.length > 0 ? `(?:${all.join('|')})?` : '';
}

/** The years that date a name right after it (泓州市2022年…; 青岙镇去年… in a text said after its year), as an alternative. */
function datedOf(words: Lexicon['passes']['superior_level']['other_place'], spoken: boolean): string {
  const all = spoken ? [...words.dated, ...words.spoken_year] : words.dated;
  return all.length > 0 ? `|(?:${all.join('|')})` : '';
}

/**
 * The end of every name otherPlaceSubject (said) matches and what its lookahead needs after it, searched anywhere: each of
 * that pattern's names ends with a word of `endings`, `long_endings` or `one_character_names`, right before its lookahead.
 */
function otherPlaceJunction(words: Lexicon['passes']['superior_level']['other_place'], spoken = false): RegExp {
  const between = betweenOf(words, spoken);
  const dated = datedOf(words, spoken);
  const ends = any([...words.endings, ...words.long_endings, ...words.one_character_names]);
  return new RegExp(`(?:${ends})(?=${between}(?:${any(words.then)}|${any([...words.acts, ...words.people])}|${bureauActing(words, false)})${dated})`);
}

/** A place's name without its place word right before that place as a whole (泷州全市): only a name the text writes in full is one. */
function otherPlaceWhole(words: Lexicon['passes']['superior_level']['other_place'], subordinate: Lexicon['passes']['subordinate_level']): RegExp {
  const char = `(?:(?!${any([...subordinate.not_in_name, ...words.not_in_stem])})[\u4e00-\u9fa5])`;
  const before = words.before.length > 0 ? `(?:${words.before.join('|')})?` : '';
  const single = words.endings.filter((ending) => ending.length === 1);
  return new RegExp(`^${before}(?!${any([...words.not_starts, ...subordinate.not_name_start])})(${char}{2,${words.stem}}?)全(${any(single)})`);
}

/** See CompiledTables.headLabel. */
function headLabelOf(subordinate: Lexicon['passes']['subordinate_level']): CompiledTables['headLabel'] {
  const words = subordinate.head_labels;
  if (!words || subordinate.label_marks.length === 0) return { label: /(?!)/, ownOrgan: /(?!)/, speaking: /(?!)/ };
  const unit = `([\\u4e00-\\u9fa5]{0,14}?(?:${any(words.units)}))(?:${any(words.posts)})`;
  return {
    label: new RegExp(`^\\s*${ITEM_NUMBER}(?:${BULLET}\\s*)?${unit}\\s*(?:${any(subordinate.label_marks)})`, 'u'),
    ownOrgan: new RegExp(`(?:${any(words.own_organs)})$`),
    // a few words of the occasion between (在述法中, 述法时, 在年终述职会上), no clause mark
    speaking: words.speech.length === 0 ? /(?!)/ : new RegExp(`^${unit}[^,;:。!?]{0,12}?(?:${any(words.speech)})`, 'u'),
  };
}

/** See CompiledTables.criterion. */
function criterionOf(words: PassTables['criteria']): RegExp {
  const items = `(?:${CRITERION_ITEM}[^,;:。!?、]{0,16}?\\d[^,;:。!?、]{0,4}?)*`;
  return new RegExp(`^${items}(${any(words.bounds)})?${CRITERION_OF}(?:(${any(words.scores)})|(${any(words.units)}))`);
}
/** What opens another item of a criterion's list, and what joins a criterion to what it picks. */
const CRITERION_ITEM = '、';
const CRITERION_OF = '的';
/** See CompiledTables.criterionOpens: an item, a bound or 的, as criterionOf reads them. */
const criterionOpensOf = (words: PassTables['criteria']): ReadonlySet<string> =>
  new Set([CRITERION_ITEM, CRITERION_OF, ...words.bounds.map((bound) => bound.charAt(0))]);

/**
 * A clause that is only a verb of reaching and its number, after a lead, an intention and when (a year too: 将于2025年),
 * or a deadline (2025年底前, 2025年6月底前, 到2025年底) or a time alone, an intention after the time too (2025年底前将增配至520台),
 * a stock's date a time too (截至12月31日为827名);
 * or one of the verbs that reach only standing alone (…目标4次,完成5次); or a verb of holding after an intention, a month
 * still to come before it if said (…学法7次,12月还将安排1次 / 下月将再举办1期).
 */
function reachOf(continuation: PassTables['continuation']): RegExp {
  const month = `\\d{4}年(?:\\d{1,2}月)?`;
  const deadline = `${month}(?:${any(continuation.plan_deadlines)})|(?:${any(continuation.plan_deadline_leads)})${month}(?:底|末)?`;
  const stock = continuation.stock_dates.map((date) => `|(?:${date})`).join('');
  const times = `${deadline}|${any(continuation.plan_times)}${stock}`;
  const intention = any(continuation.plan_leads);
  // a verb of holding after an intention, a month of the year before it if said (12月还将安排1次)
  const months = continuation.plan_months.map((written) => `(?:${written})`).join('|');
  const holds =
    continuation.plan_holds.length > 0 ? `|(?:${months === '' ? '' : `(?:${months})?`}(?:${intention}){1,2}(?:${any(continuation.plan_holds)}))` : '';
  // tried on many clauses, and large: machine code at once
  return compiledNow(
    new RegExp(
      `^\\s*(?:(?:${any(continuation.reach_leads)})?(?:(?:${intention})(?:\\d{4}年|${times})?|(?:${times})(?:${intention})?)?(?:${any(continuation.reach)})|${any(continuation.reach_alone)}${holds})\\s*$`,
    ),
  );
}

/** One search for any of `words` (a regex's search finds a few literal words faster than a scan in code), or null for none. */
const wordSearch = (words: readonly string[] | null): RegExp | null => (words === null || words.length === 0 ? null : new RegExp(any(words)));

/** A level's body's words: its superior as a clause's subject, its own, a comparison with the superior, its events. */
export interface LevelBody {
  superiorSubject: RegExp;
  /** the superior as a whole (全市 in a county's report), anywhere in a text: the words of body.superior */
  superiorWhole: RegExp;
  ownSubject: RegExp;
  compared: RegExp;
  superiorEvent: RegExp;
  followedDocument: RegExp;
}

/**
 * The superior's and the own words of a body at `level` (passes.yaml superior_level.bodies); a body at no level of the tree
 * (a company, a college, a 团场) has them only where the document names it, as its own report does: a text whose body is
 * not known (no level, no place) has none.
 */
export function bodyAt(tables: CompiledTables, level: Level | undefined, doc: Document): LevelBody | undefined {
  if (level === undefined || (level === 'unknown' && (doc.level !== 'unknown' || doc.place === null))) return undefined;
  return tables.bodies.get(level);
}

/**
 * The kind of place whose superior's words are the report's own (a 县级市 is a county that names itself 全市); a department
 * reads its government's (a bureau's branch serves the area it is named after, whose kind its name does not write:
 * 栎沅市…局蕰屏分局's 全市 is its bureau's).
 */
export const ownKindOf = (doc: Document): string | undefined => (doc.level === 'department' ? doc.governmentKind : doc.place?.at(-1));

/**
 * Whether `text` names the superior as a whole (全市 in a county's report, 全省 in a city's), not as the report's own kind of
 * place; a bracket's gloss aside. A department reads as its government.
 */
export function namesSuperiorWhole(tables: CompiledTables, doc: Document, text: string): boolean {
  if (!text.includes('全')) return false;
  const whole = bodyAt(tables, doc.level === 'department' ? doc.government : doc.level, doc)?.superiorWhole;
  if (whole === undefined) return false;
  const ownKind = ownKindOf(doc);
  return [...text.replace(/\([^()]*\)/g, '').matchAll(whole)].some(([word]) => ownKind === undefined || !word.includes(ownKind));
}

/** The other bodies' clause lead (passes.yaml superior_level.other_bodies); null where the rules name none. */
function otherBodies(table: PassTables['superior_level']['other_bodies']): CompiledTables['otherBodies'] {
  if (table === undefined) return null;
  const lead = new RegExp(`^(?:(${table.before})(${any(table.kinds)})|(?:${any(table.back_references)}))`);
  return { lead, words: [...table.kinds, ...table.back_references] };
}

/** An alternation of literal words, longest first. */
export const any = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|') || '(?!)';
/** A character of a clause that is no figure: no digit, no clause break. */
const NOT_A_FIGURE = '[^\\d,;:。!?]';
/** Not the month of a year (2023年12月): a year before one dates a day, not the year's count. */
const NO_MONTH = '(?![\\d〇零一二两三四五六七八九十]{1,2}月)';
/** Words that may stand there, or nothing. */
const optional = (words: readonly string[]): string => (words.length === 0 ? '' : `(?:${any(words)})?`);
/** What no word of a clause-bound pattern may step over: a clause break, but not a thousands separator (由2,816名增至). */
const IN_CLAUSE = '(?:[^,;:。!?]|(?<=\\d),(?=\\d{3}))';
/** A text within one clause: no clause break in it (a thousands separator is none: 1,588). */
export const WITHIN_CLAUSE = new RegExp(`^${IN_CLAUSE}*$`);

const cache = new WeakMap<Lexicon, CompiledTables>();

/** The superior as the subject or the issuer of what a clause names: 全区, or its place word and an organ (区政府). */
function standardOf(body: { superior: readonly string[]; superior_places: readonly string[] }, superior: Lexicon['passes']['superior_level']): string {
  return `${any([...body.superior, ...superior.nation])}|(?:${any(body.superior_places)})(?:${any(superior.superior_organs)})`;
}

/**
 * 对照区政府印发的…事项目录(全区共列入事项7项): a clause made of a word of following, the superior, its act of
 * issuing and 的, and the document's name closing it (a bracket about the document may follow).
 */
function followedDocument(words: Lexicon['passes']['superior_level']['followed_documents'], superior: string): RegExp {
  if (!words) return /(?!)/;
  return new RegExp(
    `^(?:${any(words.follows)})(?:${superior})[^,;:。!?]*?(?:${any(words.issues)})的[^,;:。!?]*?(?:${any(words.names)})\\s*(?:\\([^()]*\\))?\\s*$`,
  );
}

/** An item's number before a clause's words: 3. / 3、 / (3) / 三、 / ③. */
const ITEM_NUMBER = '(?:(?:\\d{1,2}[.、]|\\(\\d{1,2}\\)|[一二三四五六七八九十]{1,2}、|[\\u2460-\\u2473])\\s*)?';
/** An item's number that must be there, in any of the outline's forms ((八) too). */
const ITEM_MARK = '\\d{1,2}[.、]|\\((?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\)|[一二三四五六七八九十]{1,2}、|[\\u2460-\\u2473]';
/** How many years back a report may name an earlier year it counts from (2016年以来 in a 2025 report). */
const EARLIER_YEARS = 30;
/** How many years ahead a report may date an act of a later year (于2024年1月办结 in a 2023 report). */
const LATER_YEARS = 2;

type PeriodWords = Lexicon['passes']['other_period'];

/** What of a report the other-period marks differ by: its year (and whether it reports on that year alone), its voice, and a department's own name. */
export type ReportOf = Pick<Document, 'year' | 'spokenAfter' | 'level' | 'place' | 'kind'>;

/** How one mark of the other-period pass is read from the lexicon. */
export interface MarkDefinition {
  /**
   * its patterns, placeholders left in ({earlier}, {later}, {year}, {own}, {yearly}, {figure}), for a text said in the year reported
   * on (false), after it (true), or in either voice (null: every pattern of both)
   */
  patterns: (words: PeriodWords, spokenAfter: boolean | null) => readonly string[];
  /**
   * the regex source around the alternation of its patterns (by default the alternation alone); `write` writes
   * other patterns of the words as the patterns are written (their placeholders filled)
   */
  source?: (alternation: string, words: PeriodWords, write: (patterns: readonly string[]) => string) => string;
  /** read for each of its matches (a global regex) */
  global?: boolean;
}

/** What opens a clause telling what an earlier year's report stated: 去年's too, in the year's voice (or in either: null). */
const reportedIn = (words: PeriodWords, spokenAfter: boolean | null): readonly string[] =>
  spokenAfter === true ? words.reported_in : [...words.reported_in, ...words.last_year_reported_in];

/**
 * The marks of the other-period pass by name (rules/passes.yaml other_period): each clause or figure the pass
 * marks starts from a match of one of them. The pass reads its marks from this table alone, and the screen of
 * the texts where one may match is built from it (test/util/word-screen.test.ts): a mark added here is screened
 * for with no other edit, and the pass must say what it does with it (other-period.ts, by name).
 */
export const OTHER_PERIOD_MARKS = {
  /**
   * what opens a clause about another period (上年度, 十四五期间), after an item's number or a lead word too; 去年 in
   * the year's voice; a span of years after the clause's subject too (全县2021年以来…), unless the span dates the
   * object of a verb (全县2021年以来制发的…)
   */
  opening: {
    // the spans first: a span (2021年以来) is the whole period its earlier year (2021年) opens
    patterns: (words, spokenAfter) => [...words.spans, ...reportedIn(words, spokenAfter), ...words.openings, ...(spokenAfter === true ? [] : words.last_year)],
    source: (alternation, words, write) =>
      anchoredSource(
        `${alternation}|(?:${subjectsOf(words)})(?:${write([...words.spans, ...words.subject_openings])})(?!${words.object_dated.join('|') || '(?!)'})`,
        leadsOf(words),
      ),
  },
  /**
   * a span of years opening a clause in an annual report, after its subject too (近三年…, 全县“十四五”期间…), as the
   * opening reads it: a sentence whose first figure such a clause counts goes on counting the span (read with the openings)
   */
  span: {
    // only in an annual report ({yearly}): in a paper about a period its spans' totals are its own
    patterns: (words) => words.spans.map((span) => `{yearly}(?:${span})`),
    source: (alternation, words) =>
      anchoredSource(`${alternation}|(?:${subjectsOf(words)})(?:${alternation})(?!${words.object_dated.join('|') || '(?!)'})`, leadsOf(words)),
  },
  /**
   * what opens a clause telling what a report of an earlier year stated (上年报告中…为44件), as the opening reads it:
   * the rest of its sentence goes on telling of that report (read with the openings)
   */
  reportedIn: { patterns: reportedIn, source: (alternation, words) => anchoredSource(alternation, leadsOf(words)) },
  /** what anywhere in a clause dates its act in a later year (于2024年1月办结) */
  later: { patterns: (words) => words.later_events },
  /** what anywhere in a clause says its act was done in an earlier year (已于上年办结); 去年 in the year's voice alone */
  earlier: { patterns: (words, spokenAfter) => [...words.earlier_events, ...(spokenAfter === true ? [] : words.earlier_events_last_year)] },
  /** what opens a clause dating its figures in a later year (截至本报告成文时(2023年3月上旬)), after an item's number too */
  laterOpening: { patterns: (words) => words.later_openings, source: (alternation) => anchoredSource(alternation) },
  /** what opens a clause counting a part of the current year up to a month (今年1至5月), after an item's number too */
  laterThisYear: { patterns: (words) => words.later_this_year, source: (alternation) => anchoredSource(alternation) },
  /** a part of the year that labels a figure (第一季度, 上半年) */
  partsOfYear: { patterns: (words) => words.parts_of_year, global: true },
  /** a word saying each part of the year (每月, 每季度): a frequency follows */
  everyPartOfYear: { patterns: (words) => words.every_part_of_year, global: true },
  /** a word saying each unit or its least (每个执法主体, 各乡镇至少): a figure per unit follows */
  everyUnit: { patterns: (words) => words.every_unit, global: true },
  /** a bracket right after a figure naming the earlier year it is of (败诉1件(2021年)) */
  datedAfter: { patterns: (words) => words.dated_after, global: true },
  /** a word saying the figure after it is a mean over years (年均, 平均每年) */
  yearlyAverage: { patterns: (words) => words.yearly_average, global: true },
  /** a word saying what follows is in force (现行有效): the stock of years follows */
  inForce: { patterns: (words) => words.in_force, global: true },
  /** a word saying what follows was missed or taken in by a count (漏计了, 误将): a correction of it follows */
  miscounted: { patterns: (words) => words.miscounted, global: true },
  /** what a count is said to leave out (不包括…的复议案件18件, 除…3件外): a figure inside it is none of the count's */
  excluded: { patterns: (words) => words.excluded, global: true },
  /**
   * the opening of a clause saying the figures of the clause before it are no count of the body's: left out of
   * it (未纳入上述统计), or a wider whole the body's share of which it gives (涉本局案件占比56%, or by the name a
   * department's own report gives it, {own}: 涉市自然资源和规划局案件占比56%)
   */
  leftOut: { patterns: (words) => [...words.left_out, ...words.share_of_whole], source: (alternation) => `^\\s*(?:${alternation})` },
  /** what opens a clause telling one case (如某公司…一案, 在一起…诉讼中, 该案…), after an item's number too */
  oneCase: { patterns: (words) => words.one_case, source: (alternation) => anchoredSource(alternation) },
} satisfies Record<string, MarkDefinition>;

export type OtherPeriodMarkName = keyof typeof OTHER_PERIOD_MARKS;
/** The other-period marks compiled for one report, by name. */
export type OtherPeriodMarks = Record<OtherPeriodMarkName, RegExp>;

type Placeholder = 'earlier' | 'later' | 'year' | 'own' | 'yearly' | 'figure';
type YearPlaceholder = Exclude<Placeholder, 'own' | 'yearly' | 'figure'>;
const YEAR_PLACEHOLDERS: readonly YearPlaceholder[] = ['earlier', 'later', 'year'];
const PLACEHOLDERS: readonly Placeholder[] = [...YEAR_PLACEHOLDERS, 'own', 'yearly', 'figure'];
/**
 * {figure}: a figure in digits as one step of a pattern's run through its clause (与2024年…4,873件相比, 除…1,215件外),
 * so that its thousands separator is no clause break; its decimals and 万/亿 are no break either. Whole or not at all
 * (no digit may follow it), so that a run written `(?:{figure}|[^,;:。!?\d])` reads each figure one way only.
 */
const FIGURE = '\\d+(?:,\\d{3})*(?:\\.\\d+)?(?!\\d)[万亿]?';

/** The years a year placeholder stands for in a report of `year` (none without a year). */
function yearsFor(year: number | null): Record<YearPlaceholder, string[]> {
  const run = (count: number, step: number): string[] => (year === null ? [] : Array.from({ length: count }, (_, k) => String(year + step * (1 + k))));
  return { earlier: run(EARLIER_YEARS, -1), later: run(LATER_YEARS, 1), year: year === null ? [] : [String(year)] };
}

/**
 * What each placeholder is written as for a report of `year` and a department's own name (null: no
 * department): an alternation of its years, of the ways its report names the department; none when none.
 * {yearly} is nothing in an annual report of a known year (`yearly`), and no match elsewhere (a paper about a
 * period, whose totals of its years are its own).
 */
function fillFor(year: number | null, ownName: string | null, yearly = false): Record<Placeholder, string> {
  const years = yearsFor(year);
  const alternation = (words: readonly string[]): string => (words.length === 0 ? '(?!)' : `(?:${words.join('|')})`);
  return {
    earlier: alternation(years.earlier),
    later: alternation(years.later),
    year: alternation(years.year),
    own: ownName === null ? '(?!)' : ownNames(ownName),
    yearly: yearly ? '' : '(?!)',
    figure: FIGURE,
  };
}

/**
 * What each placeholder is written as to read the marks' words once per lexicon: a private-use character for
 * each year placeholder, any text for {own}, nothing for {yearly} (what it stands for, or no match at all). Sound: a match of a pattern with its years written in is a match,
 * with each year in turn made its character, of the pattern with the character written in (the words around a
 * year read off both alike), and any text holds every name.
 */
const SCREEN_FILL: Record<Placeholder, string> = { earlier: '\uE000', later: '\uE001', year: '\uE002', own: '[^]*', yearly: '', figure: FIGURE };

/** Stands for {own} where the marks are read for whether they name the department (a private-use character, as SCREEN_FILL's). */
const OWN_PROBE = '\uE003';

/** The patterns with each placeholder written as `fill` gives it: their alternation (a regex source). */
const writtenWith = (patterns: readonly string[], fill: Record<Placeholder, string>): string =>
  patterns.map((s) => PLACEHOLDERS.reduce((text, name) => text.replaceAll(`{${name}}`, fill[name]), s)).join('|') || '(?!)';

/** A list's bullet opening a clause (- 2022年…, · 上年度…): typography before its words (line-breaks.ts BULLET). */
const ITEM_BULLET = `(?:(?:${BULLET_MARK}|[-*+](?=[ \\t]))\\s*)?`;
/** A clause opens with one of the patterns after an item's number or a list's bullet too (注:3.2021年全县持证执法人员为689名). */
const anchoredSource = (written: string, leads = ''): string => `^\\s*${ITEM_NUMBER}${ITEM_BULLET}${leads}(?:${written})`;

/** A word that only introduces the period (回顾“十二五”时期): the clause still opens with it. */
const leadsOf = (words: PeriodWords): string => (words.leads.length > 0 ? `(?:${words.leads.join('|')})?` : '');

/** The subject before a clause's span or year (全县, 县司法局): its place or body, which dates nothing. */
const subjectsOf = (words: PeriodWords): string => words.subjects.join('|') || '(?!)';

/** The source of a mark with its placeholders written as `fill` gives them, in a voice (null: either). */
const markSource = (mark: MarkDefinition, words: PeriodWords, fill: Record<Placeholder, string>, spokenAfter: boolean | null): string => {
  const alternation = writtenWith(mark.patterns(words, spokenAfter), fill);
  return mark.source ? mark.source(alternation, words, (patterns) => writtenWith(patterns, fill)) : alternation;
};

/**
 * The marks of `table` compiled for a report, once per year and voice; a mark whose source names the department
 * ({own}) once more per department's own name, the others shared by every department's report of the year and
 * voice (their sources were written out again for each name). A regex whose source another report's gives too is
 * the same object (and compiled code).
 */
export function marksOf<Name extends string>(words: PeriodWords, table: Record<Name, MarkDefinition>): (report: ReportOf) => Record<Name, RegExp> {
  const names = Object.keys(table) as Name[];
  const bySource = new Map<string, RegExp>();
  // the marks whose source names the department, by voice (said in the year, said after it), read at the first department's report
  const named: Array<Name[] | undefined> = [undefined, undefined];
  const namedIn = (spokenAfter: boolean): Name[] =>
    (named[spokenAfter ? 1 : 0] ??= names.filter((name) =>
      markSource(table[name], words, { ...SCREEN_FILL, own: OWN_PROBE }, spokenAfter).includes(OWN_PROBE),
    ));
  type ByName = Map<string | null, Record<Name, RegExp>>;
  // by year (and whether an annual report's), then voice, then own name (null: no department)
  const byYear = new Map<string, ByName[]>();
  const compile = (source: string, flags: string): RegExp => {
    let compiled = bySource.get(flags + source);
    // searched in every clause that may hold them, and several KB for some: machine code at once (compiledNow)
    if (!compiled) bySource.set(flags + source, (compiled = compiledNow(new RegExp(source, flags))));
    return compiled;
  };
  const compileMarks = (marks: Record<Name, RegExp>, only: readonly Name[], fill: Record<Placeholder, string>, spokenAfter: boolean): Record<Name, RegExp> => {
    for (const name of only) {
      const mark: MarkDefinition = table[name];
      marks[name] = compile(markSource(mark, words, fill, spokenAfter), mark.global ? 'g' : '');
    }
    return marks;
  };
  return (report) => {
    const spokenAfter = report.spokenAfter === true;
    const ownName = report.level === 'department' ? report.place : null;
    const yearly = report.kind === 'annual_report' && report.year !== null;
    const key = `${report.year}${yearly ? '' : '?'}`;
    let byVoice = byYear.get(key);
    if (!byVoice) byYear.set(key, (byVoice = [new Map() as ByName, new Map() as ByName]));
    const byName = byVoice[spokenAfter ? 1 : 0]!;
    let shared = byName.get(null);
    if (!shared) byName.set(null, (shared = compileMarks({} as Record<Name, RegExp>, names, fillFor(report.year, null, yearly), spokenAfter)));
    if (ownName === null) return shared;
    let marks = byName.get(ownName);
    if (!marks) byName.set(ownName, (marks = compileMarks({ ...shared }, namedIn(spokenAfter), fillFor(report.year, ownName, yearly), spokenAfter)));
    return marks;
  };
}

/**
 * The screen of the marks of `table` for the year reported on: the words one of which each match of a mark
 * holds, in either voice and for any name, read once with the placeholders of SCREEN_FILL and then spelled out
 * per year; null when some mark has no such word.
 */
export function screenOf(words: PeriodWords, table: Record<string, MarkDefinition>): CompiledTables['otherPeriodScreen'] {
  const read = screenWords(Object.values(table).map((mark) => new RegExp(markSource(mark, words, SCREEN_FILL, null))));
  const byYear = new Map<number | null, WordScreen | null>();
  return (year) => {
    let screen = byYear.get(year);
    if (screen === undefined) byYear.set(year, (screen = read && WordScreen.ofWords(read.flatMap((word) => spelledOut(word, yearsFor(year))))));
    return screen;
  };
}

const PLACEHOLDER_OF = new Map(YEAR_PLACEHOLDERS.map((name) => [SCREEN_FILL[name], name]));

/** A word read with year characters, with each made every year it stands for (none when it stands for none). */
function spelledOut(word: string, years: Record<YearPlaceholder, string[]>): string[] {
  let spelled = [''];
  for (const ch of word) {
    const name = PLACEHOLDER_OF.get(ch);
    spelled = name ? spelled.flatMap((head) => years[name].map((year) => head + year)) : spelled.map((head) => head + ch);
  }
  return spelled;
}

/** What ends a run of another period's clauses, once per year and voice: they are no marks, only end what an opening began. */
function periodEndsOf(words: PeriodWords): CompiledTables['otherPeriodEnds'] {
  type Ends = ReturnType<CompiledTables['otherPeriodEnds']>;
  const runEnd = new RegExp(words.run_ends.join('|') || '(?!)');
  const carry = new RegExp(anchoredSource(words.run_carries.join('|') || '(?!)'));
  const ongoing = new RegExp(words.ongoing.join('|') || '(?!)');
  // by voice (said in the year, said after it), then by year
  const byVoice = [new Map<number | null, Ends>(), new Map<number | null, Ends>()];
  return (year, spokenAfter) => {
    const byYear = byVoice[spokenAfter ? 1 : 0]!;
    let ends = byYear.get(year);
    if (!ends) {
      // 去年 is the year itself in a text said after it; the year after the clause's subject (全县2024年…) turns back too
      const current = spokenAfter ? [...words.current, ...words.last_year] : words.current;
      const fill = fillFor(year, null);
      const subject = `(?:${subjectsOf(words)})?`;
      const within = writtenWith(words.span_run_ends_within, fill);
      const spanEnd = new RegExp(`${anchoredSource(writtenWith(words.span_run_ends, fill), subject)}|${within}`);
      ends = { current: new RegExp(anchoredSource(writtenWith(current, fill), subject)), runEnd, carry, spanEnd, ongoing };
      byYear.set(year, ends);
    }
    return ends;
  };
}

export function compileTables(lexicon: Lexicon): CompiledTables {
  let compiled = cache.get(lexicon);
  if (compiled) return compiled;
  const {
    list_sharing,
    respectively,
    change,
    continuation,
    superior_level: superior,
    subordinate_level: subordinate,
    summed,
    year_columns,
    year_change,
    increment,
    other_period,
  } = lexicon.passes;
  // 全县乡镇全年共开展…: the body's whole before the units together still names them together
  const wholeLead = subordinate.whole_leads.length === 0 ? '' : `(?:${any(subordinate.whole_leads)})?`;
  const countedAlternation = subordinate.counted.map((c) => `(?:${c})`).join('|') || '(?!)';
  const separator = `\\s*(?:${any(list_sharing.separators)})\\s*`;
  const number = '\\d[\\d.,]*\\s*[%％]?';
  // 分别不少于12次、控制在10%以内: a verb of reaching the figure may open a member
  const memberLead = respectively.member_leads.length === 0 ? '' : `(?:${any(respectively.member_leads)})?`;
  const hole = `(?:${number}\\s*(?:${any(respectively.range_marks)})\\s*${number}(?:[^\\s\\d,;:。!?()（）、]{1,2}?(?=${separator}|[,;:。!?)）]|$))?|${any(respectively.placeholders)})`;
  compiled = {
    hole: new RegExp(hole, 'g'),
    holesBetween: new RegExp(`^${separator}(?:${hole}${separator})*${memberLead}$`),
    holesAfter: new RegExp(`(?:${separator}${hole})+(?=\\s*(?:[,;:。!?()（）]|以内|以下|以上|$))`, 'y'),
    holesBefore: new RegExp(`(?:${hole}${separator})+$`),
    listSeparator: wholeOf(list_sharing.separators),
    listWord: new RegExp(any(list_sharing.separators), 'g'),
    distributive: list_sharing.distributive,
    shared: list_sharing.shared,
    respectively: respectively.words,
    respectivelyAnnounce: new RegExp(`(?:${any(respectively.words)})(?:为|是)?\\s*$`),
    // a bracketed aside holds separators of its own (各县(市、区)): it is part of its item
    listItem: new RegExp(`(?:[(（][^()（）]*[)）]|(?!${any(respectively.item_separators)}|\\s)[^])+`, 'g'),
    headMarks: respectively.head_marks,
    itemMeasures: respectively.item_measures,
    listReference: new RegExp(`^(?:${respectively.list_references.map((v) => `(?:${v})`).join('|') || '(?!)'})$`),
    sharedMarks: respectively.shared_marks,
    ordinals: respectively.ordinals,
    departmentItem: new RegExp(`^\\s*(?:${respectively.departments.map((d) => `(?:${d})`).join('|') || '(?!)'})`),
    change: new RegExp(`^(?:${any(change.from)})${IN_CLAUSE}{0,15}?(?:${any(change.verbs)})(?:${any(change.to)})?(?:${any(change.now)})?\\s*$`),
    changeFrom: change.from,
    arrowBetween: new RegExp(`^\\s*(?:\\([^()]{0,12}\\))?\\s*(?:${any(change.arrows)})\\s*$`),
    changeBy: new RegExp(
      `(?:(?:${change.against.join('|') || '(?!)'})(?:相比)?,?(?:${any(respectively.words)})?|(?:${change.measured.length === 0 ? '(?!)' : any(change.measured)}))(?:${any(change.by)})了?\\s*$|(?:${change.signs.length === 0 ? '(?!)' : any(change.signs)})\\s*$`,
    ),
    changeOpening: {
      against: new RegExp(`^\\s*(?:${change.against_openers.map((v) => `(?:${v})`).join('|') || '(?!)'})\\s*$`),
      by: new RegExp(`(?:${any(change.by)})了?\\s*$`),
    },
    total: new RegExp(`(?:(?:${any(continuation.totals)})${IN_CLAUSE}{0,8}|(?:${any(continuation.bare_totals)}))$`),
    survey: new RegExp(continuation.surveys.map((v) => `(?:${v})`).join('|') || '(?!)'),
    backReferences: continuation.back_references,
    sentenceOpener: new RegExp(`^\\s*(?:${continuation.sentence_openers.map((v) => `(?:${v})`).join('|') || '(?!)'})`),
    parts: continuation.parts,
    breakdown: {
      openers: lexicon.passes.breakdowns.openers,
      asides: lexicon.passes.breakdowns.asides,
      kept: new RegExp(lexicon.passes.breakdowns.kept.map((k) => `(?:${k})`).join('|') || '(?!)'),
      perKind: new RegExp(lexicon.passes.breakdowns.per_kind),
      sumsUp: new RegExp(lexicon.passes.breakdowns.sums_up),
    },
    yearToDate: { cutoff: new RegExp(lexicon.passes.year_to_date.cutoffs.join('|'), 'g'), wholes: lexicon.passes.year_to_date.wholes },
    datedEntries: {
      openings: lexicon.passes.dated_entries.openings.map((o) => new RegExp(o)),
      headings: lexicon.passes.dated_entries.headings.map((h) => new RegExp(h)),
    },
    english: {
      sentenceEnd: new RegExp(lexicon.passes.english.sentence_end),
      figure: new RegExp(lexicon.passes.english.figure, 'gi'),
      qualifiers: new Map(Object.entries(lexicon.passes.english.qualifiers)),
      year: new RegExp(lexicon.passes.english.year, 'g'),
      plan: new RegExp(lexicon.passes.english.plans.map((p) => `(?:${p})`).join('|') || '(?!)', 'i'),
      other: new RegExp(lexicon.passes.english.others.map((o) => `(?:${o})`).join('|') || '(?!)', 'i'),
      counts: lexicon.passes.english.counts.map((c) => ({
        id: c.id,
        words: new RegExp(`^\\s+(?:${c.words})`, 'i'),
        near: c.near === undefined ? undefined : new RegExp(c.near, 'i'),
      })),
    },
    occasion: new RegExp(continuation.occasions.map((o) => `(?:${o})`).join('|') || '(?!)', 'g'),
    batch: new RegExp(continuation.batches.map((b) => `(?:${b})`).join('|') || '(?!)'),
    batchOpen: new RegExp(`^\\s*(?:${continuation.batch_opens.join('|') || '(?!)'})`),
    shareOpen: new RegExp(`^\\s*(?:${continuation.share_opens.join('|') || '(?!)'})`),
    lawNameAfter: new RegExp(continuation.law_name_after.map((b) => `(?:${b})`).join('|') || '(?!)', 'y'),
    ownPart: new RegExp(
      `^[\\u4e00-\\u9fa5]{0,4}?(?:${any(continuation.own_parts)})(?:${continuation.own_with_units.map((u) => `(?:${u})`).join('|') || '(?!)'})?`,
    ),
    ownPartWords: continuation.own_parts,
    ownName: new RegExp(`^(?:${any(continuation.own_names)})`),
    whole: new RegExp(continuation.wholes.map((w) => `(?:${w})`).join('|') || '(?!)'),
    partCauses: continuation.part_causes,
    shareWhole: new RegExp(`(?:${any(continuation.share_wholes)})[^\\d,;:。!?]{0,6}$`),
    targetShare: {
      lead: new RegExp(`^\\s*(?:${any(continuation.target_share.verbs)})(?:${any(continuation.target_share.scopes)})?\\s*$`),
      rest: new RegExp(`^\\s*的?(?:${any(lexicon.status.quoted_target.share_of)})${TARGET_SHARE}\\s*$`),
    },
    metRequirement: {
      lead: new RegExp(`^\\s*(?:已|均|均已)?(?:${any(continuation.met_requirement.verbs) || '(?!)'})[^\\d,;:。!?“”]{0,16}?“[^\\d,;:。!?“”]{0,12}$`),
      rest: new RegExp(`^”的[^\\d,;:。!?“”]{0,4}?(?:${any(lexicon.status.quoted_target.after)})$`),
    },
    bracketedTarget: new RegExp(`^\\(\\s*${targetBracketLead(lexicon.status.quoted_target.opens_bracket)}\\s*$`),
    reach: reachOf(continuation),
    listNext: continuation.list_next,
    attendance: continuation.attendance,
    perHead: continuation.per_head,
    verbJoins: continuation.verb_joins,
    objectFronts: continuation.object_fronts,
    otherThings: continuation.others,
    passiveLead: new RegExp(continuation.passive_leads.map((p) => `(?:${p})`).join('|') || '(?!)'),
    // the list word (or bracket) first, then what stands before it: a regex that opens with a
    // lookbehind is tried at every place of a sentence, one that opens with a word only where the word stands
    predicateBreak: new RegExp(
      `(${any([...continuation.list_next, ...[...continuation.parts, ...continuation.bracket_parts].map((p) => `(${p}`)])})(?<=[\\d〇零一二两三四五六七八九十百千万亿](?:余|多)?(?:${any([...new Set(lexicon.facts.flatMap((e) => e.units))])})\\)?\\1)`,
      'g',
    ),
    bareRates: lexicon.passes.rate_continuation.bare_rates,
    bareRateScopes: lexicon.passes.rate_continuation.scopes,
    eachItem: lexicon.passes.rate_continuation.each_item,
    countRates: new Map(Object.entries(lexicon.passes.rate_continuation.count_rates)),
    negationLinks: lexicon.negationLinks,
    maxGapBeforeCue: lexicon.passes.number_first.max_gap,
    maxCardGap: lexicon.passes.number_first.max_card_gap,
    wholeAfter: new RegExp(lexicon.passes.number_first.whole, 'y'),
    posts: lexicon.passes.number_first.posts,
    maxWho: lexicon.passes.number_first.max_who,
    maxModifier: lexicon.passes.number_first.max_modifier,
    modifierLeads: lexicon.passes.number_first.modifier_leads,
    failedAfter: lexicon.passes.number_first.failed === undefined ? null : new RegExp(lexicon.passes.number_first.failed),
    describedAfter: lexicon.passes.number_first.described === undefined ? null : new RegExp(lexicon.passes.number_first.described, 'y'),
    cardColumns: lexicon.passes.number_first.card_columns,
    apart: lexicon.passes.nearest_cue.apart,
    tools: new RegExp(lexicon.passes.nearest_cue.tools.map((p) => `(?:${p})`).join('|') || '(?!)', 'g'),
    bracketParts: continuation.bracket_parts,
    apposition: new RegExp(`^\\s*(?:${any(lexicon.passes.number_first.appositions)})\\s*$`),
    measureLinks: lexicon.passes.nearest_cue.measure_links,
    headsLeads: [...lexicon.passes.nearest_cue.heads_leads].sort((a, b) => b.length - a.length),
    cellEnds: lexicon.passes.nearest_cue.cell_ends,
    enumerationSeparator: new RegExp(any(lexicon.passes.peer_enumeration.separators), 'g'),
    enumerationEnds: lexicon.passes.peer_enumeration.ends,
    enumerationMinItems: lexicon.passes.peer_enumeration.min_items,
    enumerationEnd: continuation.enumeration_end,
    enumerationGenericHeads: continuation.enumeration_generic_heads,
    // a bullet may lead a list item's clause (● 区政府…, - 县里…), or an item's number ((四)蘅州市今年…, 2.市里…), or the
    // bracket a note in brackets opens with ((某州市全市执法人员共计…名,供参考。): the subject is after it
    clauseLead: new RegExp(
      `^\\s*(?:(?:${ITEM_MARK})\\s*)?(?:${BULLET}\\s*)?(?:\\(\\s*)?(?:\\d{4}年(?:\\d{1,2}月)?(?:${any(superior.year_suffixes)})?|${any(superior.leads)})?\\s*`,
      'u',
    ),
    otherPlaceSubject: otherPlaceSubject(superior.other_place, subordinate),
    otherPlaceJunction: otherPlaceJunction(superior.other_place),
    otherPlaceSubjectSpoken: otherPlaceSubject(superior.other_place, subordinate, 'said', true),
    otherPlaceJunctionSpoken: otherPlaceJunction(superior.other_place, true),
    writtenPlaceSubject: otherPlaceSubject(superior.other_place, subordinate, 'written'),
    writtenPlaceOrgans: superior.other_place.named_where_written.organs,
    governedPlaceSubject: otherPlaceSubject(superior.other_place, subordinate, 'governed'),
    governedPlaceOrgans: superior.other_place.named_where_written.organs.filter(
      (organ) => !superior.other_place.named_where_written.bare_organs.includes(organ),
    ),
    formerPlace: { words: superior.other_place.former, renamed: superior.other_place.renamed },
    otherPlaceNote: new RegExp(superior.other_place_note),
    otherPlaceView: new RegExp(superior.other_place_view),
    otherPlaceViewEnds: superior.other_place_view_ends,
    closingNote: new RegExp(superior.closing_note),
    othersNote: new RegExp(superior.others_note),
    declaredSuperior: {
      clause: new RegExp(superior.declared.clause, 'g'),
      guideClause: new RegExp(superior.declared.guide_clause ?? '(?!)', 'g'),
      guideBodies: new RegExp(superior.declared.guide_bodies ?? '(?!)'),
      separators: new RegExp(any(superior.declared.separators)),
      // the longest organ first: 党委 before 委
      organs: [...superior.declared.organs].sort((a, b) => b.length - a.length),
      notNames: new RegExp(superior.declared.not_names),
      shortNames: superior.declared.short_names,
      areas: superior.declared.areas,
    },
    sharedService: new RegExp(superior.shared_service),
    departmentBeside: new RegExp(`^\\s*(?:${any(superior.department_beside.leads)}),?(?:${any(superior.department_beside.wholes)})`),
    departmentSourced: {
      // …a whole's count set aside in brackets as well ((全县持证执法人员共1020名,数据来源:县司法局。))
      whole: new RegExp(`^\\(?(?:${any(superior.department_beside.wholes)})`),
      note: new RegExp(superior.department_beside.source_note),
      lead: new RegExp(superior.department_beside.source_lead),
      tail: new RegExp(superior.department_beside.source_tail),
      share:
        superior.department_beside.shares.length === 0
          ? /(?!)/
          : new RegExp(`[,，;；]\\s*(?:${any(superior.department_beside.shares)})(?:${any(superior.department_own)})`),
    },
    departmentGovernment: {
      lead: new RegExp(
        `^(?:${any(superior.department_government.sources)})?(?:${any(superior.department_government.places)})(?:${any(superior.department_government.organs)})`,
      ),
      organs: superior.department_government.organs,
      legalOffice: new RegExp(any(superior.department_government.legal_offices)),
      // 参加县政府组织的…, 参加市委党校…: as a body's superiorEvent, with its own place's government or committee as holder
      event: new RegExp(
        `(?:${any(superior.events.attend)})${IN_CLAUSE}{0,8}?(?:${any(superior.department_government.places)})(?:(?:${any(superior.department_government.organs)})[^,;:。!?的]{0,12}?(?:${any(superior.events.hold)})的|委?(?:${any(superior.events.schools)}))`,
      ),
    },
    departmentOwn: superior.department_own,
    departmentSuperiors: superior.department_superiors,
    relatedSuperior: new RegExp(`^(?:${superior.related_superior ?? '(?!)'})`),
    otherBodies: otherBodies(superior.other_bodies),
    bureauPlaceWords: superior.bureau_place_words,
    namedArea: {
      endings: superior.named_areas.endings.length === 0 ? /(?!)/ : new RegExp(`(?:${any(superior.named_areas.endings)})$`),
      bare: new Set(superior.named_areas.bare),
      zone: superior.named_areas.zones.length === 0 ? /(?!)/ : new RegExp(`(?:${any(superior.named_areas.zones)})$`),
    },
    otherPlaceWhole: otherPlaceWhole(superior.other_place, subordinate),
    neighbourLead: new RegExp(`^(?:${superior.other_place.neighbours.join('|') || '(?!)'})`),
    bodies: new Map(
      superior.bodies.flatMap((body) => {
        // the superior (or the nation) as the standard a comparison names
        // …and a superior place by its name before its average (高于岱州市平均出庭应诉率92%: heldout159), not the body's own
        // (markCompared) nor a whole or the body's word (全市, 我市, 各县)
        const namedAverage =
          body.superior_places.length === 0 || superior.averages.length === 0
            ? '(?!)'
            : `(?![全我本各该])[\\u4e00-\\u9fff]{1,6}?(?:${any(body.superior_places)})(?=${any(superior.averages)})`;
        const standard = `${any([...body.superior, ...superior.compared_beyond])}|(?:${any(body.superior_places)})(?:${any(superior.superior_organs)})`;
        const notBefore = superior.not_own_before_place.length === 0 ? '' : `(?<!${any(superior.not_own_before_place)})`;
        const subjects = {
          superiorSubject: new RegExp(`^(?:${standardOf(body, superior)})`),
          superiorWhole: new RegExp(any(body.superior), 'g'),
          ownSubject: new RegExp(`^(?:${any(body.own)}|[^\\s,;:。!?]{0,6}?${notBefore}(?:${any(body.own_places)})(?!${any(superior.not_own_after_place)}))`),
          compared: new RegExp(
            `(?:(?:${any(superior.comparisons)})(?:${any(superior.leads)})?(?:(${standard})|(${namedAverage}))|(?:${any(superior.average_comparisons)})(?:${any(superior.leads)})?(${standard})(?=${IN_CLAUSE}{0,4}?(?:${any(superior.averages)})))`,
            'g',
          ),
          // 参加(由)市政府举办的, 参加省委党校组织的: an event the superior held, which the body's people attended
          // …or a course of the superior's party school (参加县委党校…轮训班), which only the superior runs
          superiorEvent: new RegExp(
            `(?:${any(superior.events.attend)})${IN_CLAUSE}{0,8}?(?:(?:${any([...body.superior_places, ...superior.events.holders])})[^,;:。!?的]{0,12}?(?:${any(superior.events.hold)})的|(?:${any(body.superior_places)})委?(?:${any(superior.events.schools)}))`,
          ),
          followedDocument: followedDocument(superior.followed_documents, standardOf(body, superior)),
        };
        return body.levels.map((level) => [level, subjects] as const);
      }),
    ),
    subordinates: new Map(
      subordinate.bodies.flatMap((body) => {
        // the shortest name, held in a lookahead so that a bad end is not stepped over to a longer one (推进市县两级)
        const char = `(?:(?!${any(subordinate.not_in_name)})[\\u4e00-\\u9fa5])`;
        const unit = `(?=((?!${any(subordinate.not_name_start)})${char}{2,6}?(?:${any(body.places)})))\\1`;
        const name = `${unit}(?!${any(subordinate.not_name_end_before)})`;
        const organs = subordinate.not_name_end_before.filter((w) => !subordinate.organs_after_whole.includes(w));
        const ranked = any(subordinate.ranked);
        const wholes = subordinate.wholes.map((w) => `(?:${w})`).join('|') || '(?!)';
        // 试点后该市…: a few words of time before the anaphor (up to its lead word)
        const anaphorLead = subordinate.anaphor_leads.length === 0 ? '' : `(?:[\\u4e00-\\u9fa5]{0,4}?(?:${any(subordinate.anaphor_leads)}))?`;
        const compiled = {
          part: new RegExp(`^\\s*(?:${any(subordinate.parts)})`),
          whole: new RegExp(wholes),
          name: new RegExp(`^${name}`),
          partName: new RegExp(`^${unit}(?!${any(organs)})`),
          ranked: new RegExp(`(?:${ranked})${name}`),
          said: new RegExp(`${any(subordinate.parts)}|${ranked}`),
          heading: new RegExp(`^\\s*${unit}\\s*$`, 'u'),
          // the word after the name ends it, whatever it opens with (青石村村委会: 村 ends no name otherwise)
          presented: subordinate.presented.length === 0 ? /(?!)/ : new RegExp(`^${unit}(?:${any(subordinate.presented)})`),
          anaphor: subordinate.anaphors.length === 0 ? /(?!)/ : new RegExp(`^${anaphorLead}(?:${any(subordinate.anaphors)})(${any(body.places)})`),
          label:
            subordinate.label_marks.length === 0
              ? /(?!)/
              : new RegExp(`^\\s*${ITEM_NUMBER}(?:${BULLET}\\s*)?${unit}\\s*(?:${any(subordinate.label_marks)})`, 'u'),
        };
        return body.levels.map((level) => [level, compiled] as const);
      }),
    ),
    unitsTogether: new Map(
      subordinate.bodies.flatMap((body) => {
        const together = new RegExp(`^${wholeLead}(?:${any(body.together)})`);
        return body.together.length === 0 ? [] : body.levels.map((level) => [level, together] as const);
      }),
    ),
    placesTogether: new Map(
      subordinate.bodies.flatMap((body) => {
        const places = body.together.filter((word) => !subordinate.not_places.some((w) => word.includes(w)));
        return places.length === 0 ? [] : body.levels.map((level) => [level, new RegExp(`^${wholeLead}(?:${any(places)})`)] as const);
      }),
    ),
    coverage: subordinate.coverage.length === 0 ? /(?!)/ : new RegExp(any(subordinate.coverage)),
    unitsAveraged: new Map(
      subordinate.bodies.flatMap((body) =>
        body.together.length === 0 || subordinate.averaged.length === 0
          ? []
          : body.levels.map((level) => [level, new RegExp(`^${wholeLead}(?:${any(body.together)})(?:${any(subordinate.averaged)})`)] as const),
      ),
    ),
    servedUnits: new RegExp(subordinate.served_units.map((p) => `(?:${p})`).join('|') || '(?!)'),
    ownOffices: new RegExp(subordinate.own_offices, 'g'),
    ownActs: new Set(subordinate.own_acts),
    namedOpeningKinds: new Set(subordinate.named_opening_kinds),
    headLabel: headLabelOf(subordinate),
    taskHeading:
      lexicon.taskHeadings.length === 0 ? /(?!)/ : new RegExp(`^\\s*(?:${ITEM_MARK})\\s*(?:${any(lexicon.taskHeadings)})[^,;:。!?]*[。!]?\\s*$`, 'u'),
    impliedException: new RegExp(lexicon.impliedExceptions.map((p) => `(?:${p})`).join('|') || '(?!)', 'g'),
    doubleNegatives: lexicon.impliedDoubleNegatives.map(({ pattern, as }) => ({ re: new RegExp(pattern, 'g'), as })),
    doubleNegativeScreen: wordSearch(screenWords(lexicon.impliedDoubleNegatives.map(({ pattern }) => new RegExp(pattern)))),
    labelColon: lexicon.impliedLabelColons.length > 0 ? new RegExp(lexicon.impliedLabelColons.map((p) => `(?:${p})`).join('|'), 'g') : null,
    criterion: criterionOf(lexicon.passes.criteria),
    criterionOpens: criterionOpensOf(lexicon.passes.criteria),
    criterionCompared: new RegExp(`(?:${any(lexicon.passes.criteria.compared)})$`),
    // a few words of the clause between (占比为, 提高到, 的), no figure: 权重由6%提高到8% is a change's
    scoreShare: new RegExp(`(?:${any(lexicon.passes.criteria.score_words)})[^,;:。!?\\d%]{0,6}$`),
    scoreWord: new RegExp(any(lexicon.passes.criteria.score_words)),
    countedUnits: new RegExp(`^(?:${countedAlternation})`),
    restUnits: new RegExp(`^(?:${any(subordinate.counted_parts.rest)})(${countedAlternation})`),
    unitsShare: new RegExp(subordinate.counted_parts.share),
    unitDepartment: new RegExp(subordinate.departments),
    countedOfWhole: new RegExp(subordinate.counted_parts.of_whole),
    sampledUnits: new RegExp(`^[^,;:。!?\\d]{0,8}?(?:${any(subordinate.sampled)})的(?:${countedAlternation})`),
    sumLink: new RegExp(`^(?!(?:${any(summed.links)})$)([\\u4e00-\\u9fa5]{0,8}?)(?:${any(summed.links)})[\\u4e00-\\u9fa5]{0,8}$`),
    composition: new RegExp(`(由)${IN_CLAUSE}{1,40}?(${any(summed.composed)})`, 'g'),
    joinedComposition: new RegExp(`(?:${any(summed.joined)})${IN_CLAUSE}{1,40}?(${any(summed.composed)})`, 'g'),
    compositionVerbs: summed.composed,
    sumKind: new RegExp(summed.kinds.join('|') || '(?!)', 'y'),
    sumLinks: summed.links,
    sumEach: summed.each,
    sumAgents: summed.agents,
    otherPeriodMarks: marksOf(other_period, OTHER_PERIOD_MARKS),
    otherPeriodEnds: periodEndsOf(other_period),
    otherPeriodScreen: screenOf(other_period, OTHER_PERIOD_MARKS),
    yearLabel: new RegExp(`(?:(\\d{4})年[度底末]?|(${any(year_columns.last_year)})|(${any(year_columns.this_year)}))(${any(year_columns.labels)})?\\s*`, 'g'),
    yearTargets: new Set(year_columns.targets),
    yearLabelOnly: new RegExp(`^\\s*(?:${any(year_columns.labels)})?\\s*$`),
    yearNamed: new RegExp(`\\d{4}年|${any([...year_columns.last_year, ...year_columns.this_year])}`),
    yearConnector: wholeOf(year_columns.connectors),
    yearTrend: new RegExp(`(?:${year_columns.trends.join('|') || '(?!)'})\\s*$`),
    // 2022年、2023年分别为…, also with 年 written only after the last year (2022、2023、2024年分别为…)
    yearsRespectively: new RegExp(
      `((?:\\d{4}年度?(?:${any(respectively.item_separators)})?|(?<!\\d)(?:19|20)\\d{2}(?:${any(respectively.item_separators)})(?=\\d{4}))+\\d{4}年度?)(,?[^\\d,;:。!?、]{0,16}?)(?:${any(respectively.words)})(?:为|是)?`,
      'dg',
    ),
    yearSpanRespectively: new RegExp(
      `(\\d{4})年?(?:${any(year_columns.span_joins)})(\\d{4})年度?(,?${IN_CLAUSE}{0,16}?)(?:${any(year_columns.each_year)})?(?:${any(respectively.words)})(?:为|是)?`,
      'dg',
    ),
    yearByYearRespectively: new RegExp(`(?:${any(year_columns.year_by_year) || '(?!)'})(?:${any(respectively.words)})(?:为|是)?`, 'g'),
    yearChangeBase: new RegExp(`^\\s*${ITEM_NUMBER}${NOT_A_FIGURE}{0,8}?(?:(\\d{4})年度?|${any(year_columns.last_year)})${NO_MONTH}`),
    yearChange: compiledNow(
      new RegExp(
        `^\\s*${ITEM_NUMBER}(?:(\\d{4})年度?|${any(year_change.this_year)})${NO_MONTH}${NOT_A_FIGURE}{0,12}?${optional(year_change.again)}` +
          `(${[...year_change.base_refs.map(escape), ...change.against].join('|')})(?:相比)?,?${optional(year_change.again)}(${any(change.by)})了?\\s*$`,
      ),
    ),
    yearChangeLess: new Set(year_change.less),
    increments: increment.words,
    stockWords: [...continuation.totals, ...continuation.reach],
  };
  cache.set(lexicon, compiled);
  return compiled;
}
