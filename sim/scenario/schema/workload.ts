/** STUB: replaced by the workload owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const workloadSchema = z.unknown();
