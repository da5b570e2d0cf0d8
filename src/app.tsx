import type { PropsWithChildren } from 'react';
import { installPrivacy } from './services/privacy';
import './app.css';

// Before any page calls a function: a missing consent is asked for once, here, for every page.
installPrivacy();

function App({ children }: PropsWithChildren) {
  return <>{children}</>;
}

export default App;
