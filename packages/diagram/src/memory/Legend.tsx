// What the three kinds of arrow mean: line, head, colour and word together.
import { POINTER_STYLE, type PointerKind } from '../model/format.js';

const SHOWN: PointerKind[] = ['own', 'shared', 'mut', 'rc'];

export function Legend() {
  return (
    <ul className="mv-legend" aria-label="Arrow legend">
      {SHOWN.map((k) => {
        const st = POINTER_STYLE[k];
        return (
          <li key={k}>
            <svg width="34" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="26" y2="5" stroke={st.color} strokeWidth={st.width} strokeDasharray={st.dash || undefined} />
              {st.head === 'triangle' && <path d="M26,1 L33,5 L26,9 z" fill={st.color} />}
              {st.head === 'open' && <path d="M26,1 L33,5 L26,9" fill="none" stroke={st.color} strokeWidth={1.6} />}
              {st.head === 'diamond' && <path d="M25,5 L29,1 L33,5 L29,9 z" fill={st.color} />}
              {st.head === 'circle' && <circle cx="29" cy="5" r="4" fill={st.color} />}
            </svg>
            <b style={{ color: st.color }}>{st.label}</b> <span className="mv-legend-title">{st.title}</span>
          </li>
        );
      })}
    </ul>
  );
}
