// The engine's state types, re-exported type-only: the diagram never pulls the
// engine's code into a bundle, only its shapes.
export type {
  MemoryState,
  FrameState,
  SlotState,
  BlockState,
  StaticState,
  BorrowState,
  MovedMark,
  ValueView,
  FieldView,
  PlaceRef,
  Loc,
} from '@memviz/engine';

/** Options of `<MemoryDiagram>`. */
export interface DiagramOptions {
  /** Projector mode: bigger text, thicker arrows. */
  readonly large?: boolean;
  readonly showAddresses?: boolean;
  readonly showSizes?: boolean;
}
