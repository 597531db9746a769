// `std::any::type_name::<T>()` (and PhantomData's Debug, which prints it), as rustc 1.95's
// binaries print it: std's types by the path where std defines them (`alloc::string::String`,
// `core::option::Option<i32>`), the program's own under the crate's name, which rustc takes from
// the file's name (`main.rs` → `main::Point`, `main::main::{{closure}}`).

import type { Program } from '../mir/mir.js';
import type { BuiltinAdt, TraitRef, Ty } from '../types/ty.js';

const BUILTIN_PATHS: Partial<Record<BuiltinAdt, string>> = {
  String: 'alloc::string::String', Vec: 'alloc::vec::Vec', Box: 'alloc::boxed::Box',
  Option: 'core::option::Option', Result: 'core::result::Result',
  Rc: 'alloc::rc::Rc', Weak: 'alloc::rc::Weak', RefCell: 'core::cell::RefCell', Cell: 'core::cell::Cell',
  Ref: "core::cell::Ref<'_, ", RefMut: "core::cell::RefMut<'_, ",
  Arc: 'alloc::sync::Arc', Mutex: 'std::sync::poison::mutex::Mutex', RwLock: 'std::sync::poison::rwlock::RwLock',
  MutexGuard: "std::sync::poison::mutex::MutexGuard<'_, ", JoinHandle: 'std::thread::JoinHandle',
  Sender: 'std::sync::mpsc::Sender', SyncSender: 'std::sync::mpsc::SyncSender', Receiver: 'std::sync::mpsc::Receiver',
  Range: 'core::ops::range::Range', RangeInclusive: 'core::ops::range::RangeInclusive',
  VecDeque: 'alloc::collections::vec_deque::VecDeque', BinaryHeap: 'alloc::collections::binary_heap::BinaryHeap',
  HashMap: 'std::collections::hash::map::HashMap', HashSet: 'std::collections::hash::set::HashSet',
  BTreeMap: 'alloc::collections::btree::map::BTreeMap', BTreeSet: 'alloc::collections::btree::set::BTreeSet',
  Entry: "std::collections::hash::map::Entry<'_, ", Formatter: "core::fmt::Formatter<'_, ",
};

/** The std types the prelude declares as structs and enums. */
const PRELUDE_ADT_PATHS: Record<string, string> = {
  Reverse: 'core::cmp::Reverse', Ordering: 'core::cmp::Ordering', PhantomData: 'core::marker::PhantomData',
  ParseIntError: 'core::num::error::ParseIntError', IntErrorKind: 'core::num::error::IntErrorKind',
  ParseFloatError: 'core::num::dec2flt::ParseFloatError', Utf8Error: 'core::str::error::Utf8Error',
};

const STD_TRAIT_PATHS: Record<string, string> = {
  Fn: 'core::ops::function::Fn', FnMut: 'core::ops::function::FnMut', FnOnce: 'core::ops::function::FnOnce',
  Display: 'core::fmt::Display', Debug: 'core::fmt::Debug', Iterator: 'core::iter::traits::iterator::Iterator',
  Error: 'core::error::Error', Any: 'core::any::Any',
};

/** The crate name rustc gives a file: its stem, with what is not a letter, digit or `_` made `_`. */
export function crateName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.rs$/, '');
  return stem.replace(/[^A-Za-z0-9_]/g, '_') || 'main';
}

export function typeName(program: Program, crate: string, t: Ty): string {
  const s = (x: Ty) => typeName(program, crate, x);
  const args = (xs: readonly Ty[]) => (xs.length ? `<${xs.map(s).join(', ')}>` : '');
  switch (t.k) {
    case 'int': return t.int;
    case 'float': return t.float;
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return 'str';
    case 'never': return '!';
    case 'tuple': return t.elems.length === 1 ? `(${s(t.elems[0])},)` : `(${t.elems.map(s).join(', ')})`;
    case 'array': return `[${s(t.elem)}; ${typeof t.len === 'number' ? t.len : s(t.len)}]`;
    case 'const': return String(t.value);
    case 'slice': return `[${s(t.elem)}]`;
    case 'ref': return `&${t.mut ? 'mut ' : ''}${s(t.inner)}`;
    case 'ptr': return `*${t.mut ? 'mut' : 'const'} ${s(t.inner)}`;
    case 'adt': {
      const def = program.adts[t.adt];
      if (def.isPrelude && def.name === 'Cow') return `alloc::borrow::Cow<'_, ${s(t.args[0])}>`; // not its hidden `Owned`
      const path = def.isPrelude ? (PRELUDE_ADT_PATHS[def.name] ?? def.name) : `${crate}::${def.name}`;
      return path + args(t.args);
    }
    case 'builtin': {
      const path = BUILTIN_PATHS[t.name];
      if (!path) return t.name + args(t.args);
      // The types that borrow show their lifetime as `'_` first.
      return path.endsWith(', ') ? (t.args.length ? `${path}${t.args.map(s).join(', ')}>` : `${path.slice(0, -2)}>`) : path + args(t.args);
    }
    case 'fndef': return `${crate}::${program.fns[t.fn]?.name ?? 'fn'}`;
    case 'closure': return `${crate}::${(program.fns[t.fn]?.name ?? 'main').replace(/::\{closure#\d+\}/g, '::{{closure}}')}`;
    case 'fnptr': return `fn(${t.inputs.map(s).join(', ')})${t.output.k === 'tuple' && t.output.elems.length === 0 ? '' : ' -> ' + s(t.output)}`;
    case 'dyn': return 'dyn ' + t.traits.map((tr) => traitName(program, crate, tr)).join(' + ');
    case 'opaque': return s(t.actual);
    case 'param': return t.name;
    case 'infer': return '_';
    case 'error': return '{type error}';
  }
}

function traitName(program: Program, crate: string, tr: TraitRef): string {
  const name = typeof tr.trait === 'string' ? (STD_TRAIT_PATHS[tr.trait] ?? tr.trait) : `${crate}::${program.traits[tr.trait]?.name ?? 'Trait'}`;
  const s = (x: Ty) => typeName(program, crate, x);
  if (tr.fnSig) {
    const out = tr.fnSig.output.k === 'tuple' && tr.fnSig.output.elems.length === 0 ? '' : ' -> ' + s(tr.fnSig.output);
    return `${name}(${tr.fnSig.inputs.map(s).join(', ')})${out}`;
  }
  return tr.args.length ? `${name}<${tr.args.map(s).join(', ')}>` : name;
}
