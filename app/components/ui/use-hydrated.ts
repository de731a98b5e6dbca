import { useEffect, useState } from "react";

// After the first hydration every later mount runs in a browser with scripts.
let hydrated = false;

/** False in the server's HTML and on the first render in the browser; true once scripts run. */
export function useHydrated(): boolean {
  const [isHydrated, setHydrated] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    setHydrated(true);
  }, []);
  return isHydrated;
}
