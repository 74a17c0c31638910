/**
 * The request for the published fingerprints (`/data/brief-fingerprints.json`), made once: by
 * `brief-boot.ts` as it starts fetching the brief's tools, so that both arrive together (a shared
 * link's brief is on screen sooner), and read by `brief-page.ts`.
 */
let response: Promise<Response> | undefined;
export const fingerprintsResponse = (url: string): Promise<Response> => (response ??= fetch(url));
