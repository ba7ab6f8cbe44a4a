import { useEffect, type PropsWithChildren } from 'react';
import { startCheckInSync } from './courses/check-in-queue';
import { registerShellWorker } from './offline/service-worker';
import './app.css';

function App({ children }: PropsWithChildren) {
  useEffect(() => {
    registerShellWorker();
    startCheckInSync();
  }, []);
  return children;
}

export default App;
