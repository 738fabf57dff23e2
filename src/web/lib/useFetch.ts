import { useEffect, useState } from "preact/hooks";

export type Loadable<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

/** Runs an API call when its key changes; aborts the previous one. */
export function useFetch<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: "loading" });
  useEffect(() => {
    const ctl = new AbortController();
    setValue({ state: "loading" });
    load(ctl.signal).then(
      (data) => setValue({ state: "ok", data }),
      (err: Error) => {
        if (!ctl.signal.aborted) setValue({ state: "error", message: err.message });
      },
    );
    return () => ctl.abort();
  }, [key]);
  return value;
}
