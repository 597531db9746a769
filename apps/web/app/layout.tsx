import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '@memviz/diagram/styles.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'memviz — see how Rust manages memory',
  description: 'Write a Rust program and watch its stack, heap and borrows change step by step.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
