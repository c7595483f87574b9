import type { DocumentKind, Level, SectionKind } from './types.js';

/** Chinese names of the document metadata, shared by every renderer. */
export const LEVEL_LABELS: Record<Level, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
  street: '街道',
  township: '乡镇',
  department: '部门',
  unknown: '未识别',
};

export const KIND_LABELS: Record<DocumentKind, string> = {
  annual_report: '年度报告',
  plan: '规划/实施方案',
  other: '非法治政府建设报告',
};

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  achievements: '举措和成效',
  responsibility: '第一责任人职责',
  shortcomings: '不足和问题',
  plans: '下一步安排',
  other: '其他',
};
