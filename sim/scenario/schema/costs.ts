/** STUB: replaced by the costs owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const costsSchema = z.unknown();
export const uncertaintySchema = z.unknown();
