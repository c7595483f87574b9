import { unread, type PassMeta, type SentenceState } from './context.js';
import { forEachRun, itemsBefore, ownAmongUnits } from './respectively.js';

export const meta: PassMeta = {
  name: 'respectively-frames',
  covers: '“常务会议会前学法、法治专题讲座分别开展12次和4次”:没有主语可配的数值,第k个数值只在分别之前列举的第k项中找框架词',
  order: 70,
  reads: ['numbers'],
};

/** For the numbers the frames will read after 分别, the item of the list before 分别 each belongs to. */
export function run(state: SentenceState): void {
  forEachRun(state, unread(state), false, ({ numbers: run, places, members }, clause, at) => {
    // years listed before 分别 (2022年、2023年分别为10次、12次): the year columns gave the year's figure its part
    if (run.some((q) => state.items.has(q))) return true;
    const items = itemsBefore(state.view.text, clause.start, at, members, state.tables, state.all);
    if (!items) return false;
    // 市本级和各县(市、区)共举办…讲座分别为3期、27期: the body's number reads the frame words of the whole list, the units' none
    const levels = run.every((q) => q.unit === run[0]!.unit) ? ownAmongUnits(state, items) : null;
    if (levels) {
      const list = { start: items[0]!.start, end: items[items.length - 1]!.end };
      for (const [k, q] of run.entries()) {
        if (!levels[places[k]!]) {
          state.bound.set(q, []);
          continue;
        }
        state.items.set(q, list);
        state.own.add(q);
      }
      return true;
    }
    run.forEach((q, k) => state.items.set(q, items[places[k]!]!));
    return true;
  });
}
