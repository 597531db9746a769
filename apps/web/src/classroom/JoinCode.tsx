'use client';
// The join code as the class sees it: large enough to read from the back of
// a lecture hall, with a QR code of the join link for phones, and a full
// screen version for the start of a lecture.
import { useEffect, useRef, useState } from 'react';
import QRCode from 'qrcode';

/** The link a phone opens from the QR code: the join page with the code filled in. */
export function joinLink(code: string): string {
  return `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
}

function useQrCode(text: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let live = true;
    // SVG stays sharp at any projector size; medium error correction survives a glare.
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
      .then((s) => live && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [text]);
  return svg;
}

export function JoinCode({ code }: { code: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => setLink(joinLink(code)), [code]);
  const close = () => {
    setFullScreen(false);
    opener.current?.focus();
  };
  const qr = useQrCode(link);

  useEffect(() => {
    if (!fullScreen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setFullScreen(false);
      opener.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fullScreen]);

  const host = link ? new URL(link).host : '';
  return (
    <section className="cls-join" aria-labelledby="join-heading">
      <h2 id="join-heading">Join at {host || 'this site'} with the code</h2>
      <p className="cls-code">
        <span data-testid="join-code" aria-hidden="true">
          {code}
        </span>
        {/* Read out letter by letter, not as a word. */}
        <span className="visually-hidden">{code.split('').join(' ')}</span>
      </p>
      {qr && <img className="cls-qr" src={qr} alt={`QR code of the join link ${link}`} width={160} height={160} />}
      <button type="button" className="button" ref={opener} onClick={() => setFullScreen(true)}>
        Show code full screen
      </button>
      {fullScreen && (
        <div className="cls-fullscreen" role="dialog" aria-modal="true" aria-label="Join code">
          <p className="cls-fullscreen-host">Go to {host} and enter</p>
          <p className="cls-fullscreen-code">{code}</p>
          {qr && <img className="cls-fullscreen-qr" src={qr} alt={`QR code of the join link ${link}`} />}
          <button type="button" className="button primary" onClick={close} autoFocus>
            Close (Esc)
          </button>
        </div>
      )}
    </section>
  );
}
