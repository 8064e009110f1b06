/** STUB: replaced by the power owner. Zod fragment of the scenario schema. */
import { z } from 'zod';

export const powerChainSchema = z.unknown();
