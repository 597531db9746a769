import type { Metadata } from 'next';
import { TeacherConsole } from '../../../src/classroom/TeacherConsole';

export const metadata: Metadata = { title: 'Teacher console — memviz' };

export default async function TeachPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <TeacherConsole sessionId={sessionId} />;
}
