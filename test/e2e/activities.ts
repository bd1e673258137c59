let n = 0;

/** A Teams-like message activity, its replies going to the fake connector at `serviceUrl`. */
export function messageActivity(serviceUrl: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    type: 'message',
    id: `act-${n}`,
    timestamp: '2020-02-10T09:00:00.000Z',
    channelId: 'msteams',
    serviceUrl,
    from: { id: 'user-1', name: 'DS Example', aadObjectId: 'aad-user-1' },
    conversation: { id: 'conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: 'bot-1', name: 'perfbot' },
    text,
    locale: 'en-GB',
    channelData: { tenant: { id: 'tenant-1' } },
    ...extra,
  };
}

export async function post(port: number, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}
