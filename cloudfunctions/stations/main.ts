import { createMain } from '../_shared/handler';
import { list } from './actions/list';

/** stations: the district's network of talent stations, youth stations, apartments and partner incubators. */
export const main = createMain('stations', {
  list,
});
