/** The commands of the CLI (src/cli.ts registers one per name); src/bin.ts names the CLI's code cache by them. */
export const COMMAND_NAMES = ['facts', 'check', 'catalogue', 'draft', 'batch', 'diff'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
