/**
 * The year of services as the browser sees it: type-only imports of the server's schemas, erased at build time.
 */
import type { ServiceYear } from '../../../../shared/schemas/service-year.ts';
import type {
  EvaluationResponse,
  ServiceYearFiguresResponse,
  ServiceYearSaveRequest,
} from '../../../../shared/schemas/service-year-api.ts';

export type { ServiceUnit, ServiceYear } from '../../../../shared/schemas/service-year.ts';
export type {
  EvaluationResponse,
  ServiceYearFiguresResponse,
  ServiceYearSaveRequest,
} from '../../../../shared/schemas/service-year-api.ts';

export type Provider = ServiceYear['providers'][number];
export type NeedLevel = keyof NonNullable<ServiceYearSaveRequest['budget']['byNeedLevel']>;
export type AreaFigures = ServiceYearFiguresResponse['overall'];
export type EvaluationGroup = EvaluationResponse['overall'];
