import { ReferenceSchema } from './common.ts';
import { MunicipalityCodeSchema, RoundIdSchema } from './round.ts';

/**
 * Which application, and where it belongs: its round and the municipality whose social service has it. Spread
 * first into the shapes about one application that say so: a plan, a retention answer, an anonymised application.
 */
export const APPLICATION_PLACE = {
  reference: ReferenceSchema,
  roundId: RoundIdSchema,
  municipalityCode: MunicipalityCodeSchema,
};
