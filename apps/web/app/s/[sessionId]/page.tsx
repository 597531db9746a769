import type { Metadata } from 'next';
import { StudentView } from '../../../src/classroom/StudentView';

export const metadata: Metadata = { title: 'Class — memviz' };

export default async function StudentPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <StudentView sessionId={sessionId} />;
}
