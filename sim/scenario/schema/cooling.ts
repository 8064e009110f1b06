/** STUB: replaced by the cooling owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const coolingSchema = z.unknown();
