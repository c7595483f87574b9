import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli.js';

/** Writes files (relative path → text) below a fresh temp folder and returns it. */
export function writeTree(files: Record<string, string>): string {
  const root = tempDir('duibiao-catalogue-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

export const EDITION_2021 = `edition: "2021"
title: 测试用指标体系
areas:
  - id: "1"
    title: 职能履行
    mapsTo: { "2019": ["1"] }
    groups:
      - { id: "1.1", title: 简政放权 }
  - id: "6"
    title: 纠纷化解
    groups:
      - { id: "6.4", title: 行政应诉 }
      - { id: "6.5", title: 学法用法 }
`;

export function indicatorYaml(id: string, group: string, check: string, extra: { appliesTo?: string; points?: number } = {}): string {
  return `  - id: ${id}
    group: "${group}"
    title: 测试指标${id}
    description: 用于测试的指标说明。
    appliesTo: ${extra.appliesTo ?? '[county, district]'}
    points: ${extra.points ?? 1}
    check: ${check}
    gap: 测试差距表述
    remedy: 测试整改表述
    examples:
      pass: [通过示例句子]
      fail: [不通过示例句子]
    source: 测试来源
    confidence: duibiao-default
`;
}

export const HEAD_RATE_CHECK = '{ type: threshold, fact: head_appearance_rate, op: ">=", value: 100, partial: { op: ">=", value: 80 } }';
export const LECTURES_CHECK = '{ type: count, fact: law_lectures, min: 2, partialMin: 1 }';
export const SYSTEMS_CHECK = '{ type: presence, fact: enforcement_three_systems, cues: [["三项制度", "推行|落实"]] }';

/** A small valid catalogue: three indicators of each check type across two areas. */
export function validCatalogue(extra: Record<string, string> = {}): string {
  return writeTree({
    '2021/edition.yaml': EDITION_2021,
    '2021/01.yaml': `indicators:\n${indicatorYaml('court.head-appearance', '6.4', HEAD_RATE_CHECK)}${indicatorYaml('study.lectures', '6.5', LECTURES_CHECK, { points: 2 })}`,
    '2021/02.yaml': `indicators:\n${indicatorYaml('enforcement.three-systems', '1.1', SYSTEMS_CHECK, { appliesTo: '[county]' })}`,
    ...extra,
  });
}
