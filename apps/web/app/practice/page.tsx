import type { Metadata } from 'next';
import { Practice } from '../../src/practice/Practice';

export const metadata: Metadata = { title: 'Practice — memviz' };

export default function PracticePage() {
  return <Practice />;
}
