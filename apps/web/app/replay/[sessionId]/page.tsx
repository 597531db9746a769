import type { Metadata } from 'next';
import { ReplayPage } from '../../../src/replay/ReplayPage';

export const metadata: Metadata = { title: 'Recording — memviz' };

export default async function Replay({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const { sessionId } = await params;
  const { token } = await searchParams;
  return <ReplayPage sessionId={sessionId} token={typeof token === 'string' && token ? token : null} />;
}
