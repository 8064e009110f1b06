/**
 * The XPU-pool mapping of a trace (a helper of schema/workload.ts): the trace's accelerator names onto the
 * scenario's node groups (as bit masks, trace.ts's `groupsOf`) and its class values onto job classes.
 * Every check names the field under `jobs.trace`: a mapping without its column (or the reverse), a group
 * name no group has, a `nodes` size column with groups of different GPUs per node.
 */
import type { NodeGroupParams } from '../../models/workload/nodeGroup.js';
import { JOB_CLASSES, type JobClass } from '../../models/workload/job.js';

interface TraceMapping {
  columns: { accelerator?: string; class?: string; nodes?: string };
  accelerators?: Record<string, string | string[]>;
  classes?: Record<string, JobClass>;
}

type Issue = (path: (string | number)[], message: string) => void;

export function traceGroupFields(t: TraceMapping, groups: readonly NodeGroupParams[], issue: Issue): { groupsOf?: Record<string, number>; classOf?: Record<string, number> } {
  const c = t.columns;
  if (c.accelerator !== undefined && t.accelerators === undefined) issue(['accelerators'], `expected a map from the values of column '${c.accelerator}' to node group names (columns.accelerator is set), got nothing`);
  if (c.accelerator === undefined && t.accelerators !== undefined) issue(['columns', 'accelerator'], 'expected the column naming each job\'s accelerator types (accelerators: is set), got nothing');
  if (c.class !== undefined && t.classes === undefined) issue(['classes'], `expected a map from the values of column '${c.class}' to training, inference or batch (columns.class is set), got nothing`);
  if (c.class === undefined && t.classes !== undefined) issue(['columns', 'class'], 'expected the column naming each job\'s class (classes: is set), got nothing');
  if (c.nodes !== undefined && new Set(groups.map((g) => g.gpusPerNode)).size > 1) {
    issue(['columns', 'nodes'], `expected a gpus column with node groups of different GPUs per node (${groups.map((g) => `${g.id} ${g.gpusPerNode}`).join(', ')}), got a nodes column`);
  }
  const index = new Map(groups.map((g, i) => [g.id, i]));
  let groupsOf: Record<string, number> | undefined;
  if (t.accelerators !== undefined) {
    groupsOf = {};
    for (const [name, target] of Object.entries(t.accelerators)) {
      let mask = 0;
      for (const id of Array.isArray(target) ? target : [target]) {
        const i = index.get(id);
        if (i === undefined) issue(['accelerators', name], `expected a node group name (${[...index.keys()].join(', ')}), got '${id}'`);
        else mask |= 1 << i;
      }
      groupsOf[name] = mask;
    }
  }
  const classOf = t.classes === undefined ? undefined : Object.fromEntries(Object.entries(t.classes).map(([k, v]) => [k, JOB_CLASSES.indexOf(v)]));
  return { ...(groupsOf ? { groupsOf } : {}), ...(classOf ? { classOf } : {}) };
}
