import type { ParentNode } from 'domhandler';

/** A counter's instance: its value, and the element whose end closes it (the parent of the element that made it). */
interface Instance {
  value: number;
  scope: ParentNode;
}

/** At most this many nested instances are written by counters() (1.2.3…): a page nested 10,000 deep wrote each level. */
const MAX_NESTED_WRITTEN = 10;

/**
 * The CSS counters of a page as a browser keeps them, set element by element in document order
 * (counter-reset, then counter-increment), each instance alive over the element that made it, its
 * following siblings and all inside them. A cost of a few map operations an element.
 */
export class PageCounters {
  private readonly instances = new Map<string, Instance[]>();
  /** the counters whose innermost instance ends with an element's end, by that element */
  private readonly closedBy = new Map<ParentNode, string[]>();

  /** Sets the counters an element resets and increments (the values of its counter-reset and counter-increment). */
  enter(element: { parent: ParentNode | null }, reset: string | undefined, increment: string | undefined): void {
    const scope = element.parent;
    if (scope === null) return;
    for (const [name, value] of counterList(reset, 0)) this.reset(name, value, scope);
    for (const [name, by] of counterList(increment, 1)) {
      const innermost = this.instances.get(name)?.at(-1) ?? this.reset(name, 0, scope);
      innermost.value += by;
    }
  }

  /** Ends the instances an element's end closes (on leaving it). */
  leave(element: ParentNode): void {
    const names = this.closedBy.get(element);
    if (names === undefined) return;
    for (const name of names) this.instances.get(name)?.pop();
    this.closedBy.delete(element);
  }

  /** A counter's values, outermost first (none when no instance is alive). */
  values(name: string): readonly number[] {
    return (this.instances.get(name) ?? []).slice(-MAX_NESTED_WRITTEN).map((instance) => instance.value);
  }

  private reset(name: string, value: number, scope: ParentNode): Instance {
    let stack = this.instances.get(name);
    if (stack === undefined) this.instances.set(name, (stack = []));
    const innermost = stack.at(-1);
    // a sibling's reset (each h2 resetting its subsections' counter) starts the same instance again
    if (innermost?.scope === scope) {
      innermost.value = value;
      return innermost;
    }
    const made = { value, scope };
    stack.push(made);
    let closing = this.closedBy.get(scope);
    if (closing === undefined) this.closedBy.set(scope, (closing = []));
    closing.push(name);
    return made;
  }
}

/** A counter-reset or counter-increment value as its names with their numbers (`otherwise` when none is given). */
function counterList(value: string | undefined, otherwise: number): Array<[string, number]> {
  if (value === undefined || value === 'none') return [];
  const list: Array<[string, number]> = [];
  for (const token of value.split(/\s+/)) {
    if (/^[-+]?\d+$/.test(token)) {
      const last = list.at(-1);
      if (last) last[1] = Number(token);
    } else if (/^-?[a-z_][\w-]*$/i.test(token) && !['inherit', 'initial', 'unset', 'revert'].includes(token)) list.push([token, otherwise]);
  }
  return list;
}
