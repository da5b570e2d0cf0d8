import { ComingSoon } from '@/components/coming-soon';
import { usePageChrome } from '@/hooks/use-page-chrome';

export default function BookingsPage() {
  usePageChrome('bookings.title', { tabBar: true });
  return <ComingSoon titleKey='bookings.title' />;
}
