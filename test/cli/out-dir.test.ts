import { describe, expect, it } from 'vitest';
import { prepareOutDir } from '../../src/commands/common.js';

describe('an --out that is no folder', () => {
  it.each([
    ['/dev/null', '--out 应为目录,这里是一个已存在的设备、管道或套接字'],
    ['package.json', '--out 应为目录,这里是一个已存在的文件'],
  ])('%s is told what it is', async (outDir, message) => {
    await expect(prepareOutDir(outDir, [])).rejects.toThrow(message);
  });
});
