import { API_TOKEN } from './staff-api';

/** The staff console's live-update stream (server-sent events), collecting the ticket ids it announces. */
export async function openConsoleStream(baseUrl: string): Promise<{ events(): string[]; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/staff/api/events`, {
    headers: { authorization: `Bearer ${API_TOKEN}` },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`events stream answered ${response.status}`);
  const ids: string[] = [];
  let text = '';
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        text += decoder.decode(chunk, { stream: true });
        for (const match of text.matchAll(/event: ticket\ndata: (\{.*\})\n/g)) {
          const id = (JSON.parse(match[1]!) as { id: string }).id;
          if (!ids.includes(id)) ids.push(id);
        }
      }
    } catch {
      // Aborted at the end of the test.
    }
  })();
  return { events: () => ids, close: () => abort.abort() };
}
