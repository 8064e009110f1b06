/** STUB: replaced by the it owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const racksSchema = z.unknown();
export const itSchema = z.unknown();
