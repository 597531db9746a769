// The join page: where the QR code on the teacher's screen leads, with the
// code filled in (/join?code=ABC234), so a student only picks a nickname.
import type { Metadata } from 'next';
import Link from 'next/link';
import { JoinForm } from '../../src/classroom/JoinForm';

export const metadata: Metadata = { title: 'Join a class — memviz' };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const initial = typeof code === 'string' ? code : '';
  return (
    <main className="landing join-page">
      <Link href="/" className="brand">
        mem<span className="accent">viz</span>
      </Link>
      <JoinForm initialCode={initial} autoFocusNickname={initial !== ''} />
    </main>
  );
}
