/**
 * Digests of code folders this process already knows, by folder, for the data cache's keys
 * (src/util/cache.ts). The code cache hashes the bundle it runs (src/util/code-cache.ts), and in
 * dist/ that bundle holds all the code that builds cached values: the data cache takes its digest
 * instead of reading and hashing the folder's megabyte again. The CLI and the bundle share this
 * module (SHARED_MODULES in src/load.ts), so both see one table.
 */
export const knownCodeDigests = new Map<string, string>();
