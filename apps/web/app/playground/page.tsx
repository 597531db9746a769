import type { Metadata } from 'next';
import { Playground } from '../../src/playground/Playground';

export const metadata: Metadata = { title: 'Playground — memviz' };

export default function PlaygroundPage() {
  return <Playground />;
}
