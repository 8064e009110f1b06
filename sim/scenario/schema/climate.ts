/** STUB: replaced by the climate owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const weatherSchema = z.unknown();
