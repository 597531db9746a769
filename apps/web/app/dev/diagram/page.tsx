// Development gallery: the diagram drawn from hand-made states (the article's
// Employee program, moves and borrows, a big recursion). Not served by
// production builds.
import { notFound } from 'next/navigation';
import { Gallery } from '../../../src/dev/Gallery';

export default function DiagramGallery() {
  if (process.env.NODE_ENV === 'production') notFound();
  return <Gallery />;
}
