// @memviz/diagram: React components that draw memviz's memory states, plus the
// pure helpers behind them. Import './styles.css' once in the app.
export { MemoryDiagram, type MemoryDiagramProps } from './memory/MemoryDiagram.js';
export { LifetimeView, type LifetimeViewProps } from './lifetime/LifetimeView.js';
export { PermissionsView, type PermissionsViewProps } from './permissions/PermissionsView.js';
export type { DiagramOptions } from './model/types.js';
export { POINTER_STYLE, formatInline, formatScalar, hexAddr, type PointerKind } from './model/format.js';
export { collectArrows, type Arrow } from './model/pointers.js';
export { locateAddress, type Target } from './model/locate.js';
export { DEFAULT_LIMITS, planDiagram, windowList, type Limits } from './model/layout.js';
export { summarizeState } from './model/summary.js';
export * from './lifetime/model.js';
export * from './permissions/model.js';
