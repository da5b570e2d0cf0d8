import { addDays } from '../../core/dates';
import { idCardCheckCharacter } from '../../core/documents';

/**
 * The `n`th made-up ID card number (never a real person's: test and benchmark data): born on the `n`th day from
 * 1950 (in a cycle of about 50 years), with a serial for each cycle and the check character right.
 */
export const madeUpIdCard = (n: number): string => {
  const born = addDays('1950-01-01', n % 18_000).replaceAll('-', '');
  const first17 = `310101${born}${String(Math.floor(n / 18_000) % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
};
