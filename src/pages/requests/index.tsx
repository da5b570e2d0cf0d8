import { ComingSoon } from '@/components/coming-soon';
import { usePageChrome } from '@/hooks/use-page-chrome';

export default function RequestsPage() {
  usePageChrome('requests.title', { tabBar: true });
  return <ComingSoon titleKey='requests.title' />;
}
