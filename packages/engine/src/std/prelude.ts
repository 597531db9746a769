// The part of std that memviz models, declared in Rust itself.
//
// The type checker parses these declarations (with the same parser as user
// code) and type-checks calls against them exactly as against user functions.
// A body-less function here is a *builtin*: MIR calls it as
// `{ k: 'builtin', name }` where name is "<Type>::<method>" for methods in an
// `impl <Type>` block (e.g. "Vec::push", "str::len", "slice::iter",
// "Option::unwrap", "int::abs"), "<Trait>::<method>" for methods of the
// traits below (e.g. "Clone::clone", "Iterator::map"), and the path for free
// functions (e.g. "mem::swap", "process::exit"). The interpreter implements
// every one of them (interp/std/), and a test checks that none is missing.
//
// Special forms the checker knows about beyond these declarations:
// - `Iter<T>` is every iterator; `Range<T>`/`RangeInclusive<T>` are iterators too.
// - `int`/`float` blocks apply to every integer / float type (Self = that type).
//   In them, `[u8; Self::BYTES]` is an array as long as Self is big (`to_le_bytes`: `[u8; 4]` for u32).
// - `impl mem { .. }` / `impl any { .. }` / `impl process { .. }` / `impl cmp { .. }` declare the free functions of those std modules.
// - `collect` returns any `FromIterator` type the context asks for (Vec<T>, String).
// - Deref: String→str, Vec<T>→[T], Box<T>→T, Rc<T>→T, Ref<T>/RefMut<T>→T (and Cow<B>→B through its impl below).
// - Operators (+, ==, <, [], ...) on built-in types are not calls.
//
// Builtin calls the front end emits beyond the declarations (conventions shared
// by lowering and the interpreter):
// - tyArgs of a builtin are the impl's type params then the fn's own (e.g.
//   "Vec::push" [T], "Iter::map" [T, B, F]); `int`/`float`/`char` methods pass [Self];
//   "Clone::clone" on a std/derived type passes [Self].
// - str methods taking a pattern (`split`, `contains`, `starts_with`, `ends_with`,
//   `find`, `replace`) may receive a `char` operand instead of `&str`.
// - "fmt::print" (stdout) / "fmt::eprint" (stderr) / "fmt::format" (-> String) /
//   "fmt::panic" (diverges): args[0] = const {k:'fmt'} pieces (println!'s newline is
//   already appended), args[1..] = `&arg` for each argument; tyArgs = the referent types.
//   unreachable!/todo!/unimplemented!/panic!() lower to "fmt::panic" with rustc's message.
// - "assert::failed"(msg: &'static str) -> !: `assert!(c)` failed; msg is
//   "assertion failed: <source of c>". `assert!(c, "fmt", ..)` uses "fmt::panic".
// - "assert::eq_failed"(kind: &'static str ("==" or "!="), left: &L, right: &R,
//   [fmt pieces, &args...]) -> !; tyArgs [L, R, ...arg types]. Prints rustc's
//   "assertion `left == right` failed[: msg]\n  left: ..\n right: .." message.
// - "seq::eq"(&L, &R) -> bool, tyArgs [L, R]: `==` between two different sequence types
//   (Vec, array, slice, one of them maybe behind a reference): `v == [1, 2]`.
// - "slice::into_vec"(arr: [T; N]) -> Vec<T> with capacity N: `vec![a, b, c]`
//   (rustc: `<[T]>::into_vec(Box::new([a, b, c]))`); `vec![]` is "Vec::new".
// - "vec::from_elem"(elem: T, n: usize) -> Vec<T>: `vec![x; n]` (clones x n-1 times).
// - "Index::index"(&C, I) -> &Output / "IndexMut::index_mut"(&mut C, I) -> &mut Output,
//   tyArgs [C, I]: indexing a Vec (any index), or an array/slice/str/String with a range
//   (I is Range<usize>/RangeInclusive<usize>). Array/slice indexing by usize is a
//   place projection with a bounds `assert` instead.
// - "IntoIterator::into_iter"(x: C) -> Iter<Item>, tyArgs [C]: the start of a `for` loop
//   over C (Vec<T>, [T; N], &Vec<T>, &[T], &mut Vec<T>, Range<T>, Iter<T>, Option<T>, ...);
//   then "Iter::next"(&mut Iter<Item>) -> Option<Item>, tyArgs [Item], per iteration.
// - "String::add"(String, &str) -> String: `s + "x"`; "String::add_assign"(&mut String, &str): `s += "x"`.

/** std::sync::atomic's integer types: the same methods on each, over its own integer type. */
const ATOMIC_INTS = ['usize', 'isize', 'u32', 'i32', 'u64', 'i64'].map((t) => {
  const name = `Atomic${t[0].toUpperCase()}${t.slice(1)}`;
  return `
struct ${name} { v: ${t} }
impl ${name} {
    fn new(v: ${t}) -> ${name};
    fn load(&self, order: AtomicOrdering) -> ${t};
    fn store(&self, val: ${t}, order: AtomicOrdering);
    fn swap(&self, val: ${t}, order: AtomicOrdering) -> ${t};
    fn fetch_add(&self, val: ${t}, order: AtomicOrdering) -> ${t};
    fn fetch_sub(&self, val: ${t}, order: AtomicOrdering) -> ${t};
    fn fetch_max(&self, val: ${t}, order: AtomicOrdering) -> ${t};
    fn fetch_min(&self, val: ${t}, order: AtomicOrdering) -> ${t};
    fn compare_exchange(&self, current: ${t}, new: ${t}, success: AtomicOrdering, failure: AtomicOrdering) -> Result<${t}, ${t}>;
    fn into_inner(self) -> ${t};
    fn get_mut(&mut self) -> &mut ${t};
}
`;
}).join('');

export const PRELUDE = String.raw`
trait Clone { fn clone(&self) -> Self; }

// The error of str::parse (rustc prints it as ParseIntError { kind: InvalidDigit }).
#[derive(Debug, Clone, PartialEq)]
enum IntErrorKind { Empty, InvalidDigit, PosOverflow, NegOverflow, Zero }
#[derive(Debug, Clone, PartialEq)]
struct ParseIntError { kind: IntErrorKind }
impl ParseIntError {
    fn kind(&self) -> &IntErrorKind;
}
// The errors of parsing a float, a bool and a char: str::parse gives the one its type asks for
// (typeck picks it); the value knows which it is, and prints as std does.
#[derive(Debug, Clone, PartialEq)]
struct ParseFloatError { kind: IntErrorKind }
#[derive(Debug, Clone, PartialEq)]
struct ParseBoolError { kind: IntErrorKind }
#[derive(Debug, Clone, PartialEq)]
struct ParseCharError { kind: IntErrorKind }
// The error of i8::try_from(300) and x.try_into(): Debug as std's; Display written by fmt.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TryFromIntError(());
// std::fmt::Error, what a write! that failed gives (named so beside std::error::Error; typeck reads
// fmt::Error as it; Debug prints Error and Display is written by fmt, as std's).
#[derive(Debug, Clone, Copy, PartialEq)]
struct FmtError;
// The error of slice.try_into() as an array of another length: Debug as std's; Display written by fmt.
#[derive(Debug, Clone, Copy)]
struct TryFromSliceError(());
// The error of String::from_utf8: the bytes given back, and where decoding stopped (its Debug is
// std's; its Display, "invalid utf-8 sequence of 1 bytes from index 2", is written by fmt).
#[derive(Debug, Clone, PartialEq)]
struct Utf8Error { valid_up_to: usize, error_len: Option<u8> }
#[derive(Debug, Clone, PartialEq)]
struct FromUtf8Error { bytes: Vec<u8>, error: Utf8Error }
impl FromUtf8Error {
    fn into_bytes(self) -> Vec<u8>;
    fn utf8_error(&self) -> Utf8Error;
}
impl Utf8Error {
    fn valid_up_to(&self) -> usize;
    fn error_len(&self) -> Option<usize>;
}

// std::cmp::Ordering, what cmp returns (the Book's guessing game matches on it).
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
#[repr(i8)]
enum Ordering { Less = -1, Equal = 0, Greater = 1 }
impl Ordering {
    fn then(self, other: Ordering) -> Ordering;
    fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
    fn reverse(self) -> Ordering;
    fn is_eq(self) -> bool;
    fn is_ne(self) -> bool;
    fn is_lt(self) -> bool;
    fn is_gt(self) -> bool;
    fn is_le(self) -> bool;
    fn is_ge(self) -> bool;
}
// std::cmp::Reverse: orders its value the other way round (sort_by_key(|x| Reverse(x.score))).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Eq, Ord)]
struct Reverse<T>(T);
// std::marker::PhantomData: a field of size 0 that marks a type parameter as used.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Eq, Ord, Hash, Default)]
struct PhantomData<T>;
trait Drop { fn drop(&mut self); }
trait Default { fn default() -> Self; }
trait ToString { fn to_string(&self) -> String; }
// For generic code (fn count<T: AsRef<str>>(x: T)): std's conversion for the type at run time
// (a String or a &str as a str, a Vec or an array as a slice, a value as itself).
trait AsRef<T> { fn as_ref(&self) -> &T; }
trait AsMut<T> { fn as_mut(&mut self) -> &mut T; }
trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
}
// std::hash. A value's hash writes its bytes into a Hasher (typeck lends std's Hash::hash to every
// type that has it); DefaultHasher is std's SipHash-1-3, with std's fields.
trait Hash { fn hash<H: Hasher>(&self, state: &mut H); }
trait Hasher {
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);
    fn write_u8(&mut self, i: u8);
    fn write_u16(&mut self, i: u16);
    fn write_u32(&mut self, i: u32);
    fn write_u64(&mut self, i: u64);
    fn write_u128(&mut self, i: u128);
    fn write_usize(&mut self, i: usize);
    fn write_i8(&mut self, i: i8);
    fn write_i16(&mut self, i: i16);
    fn write_i32(&mut self, i: i32);
    fn write_i64(&mut self, i: i64);
    fn write_i128(&mut self, i: i128);
    fn write_isize(&mut self, i: isize);
}
#[derive(Debug, Clone)]
struct DefaultHasher { k0: u64, k1: u64, length: usize, v0: u64, v2: u64, v1: u64, v3: u64, tail: u64, ntail: usize }
impl DefaultHasher {
    fn new() -> DefaultHasher;
    fn default() -> DefaultHasher;
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);
    fn write_u8(&mut self, i: u8);
    fn write_u16(&mut self, i: u16);
    fn write_u32(&mut self, i: u32);
    fn write_u64(&mut self, i: u64);
    fn write_u128(&mut self, i: u128);
    fn write_usize(&mut self, i: usize);
    fn write_i8(&mut self, i: i8);
    fn write_i16(&mut self, i: i16);
    fn write_i32(&mut self, i: i32);
    fn write_i64(&mut self, i: i64);
    fn write_i128(&mut self, i: i128);
    fn write_isize(&mut self, i: isize);
}

impl String {
    fn new() -> String;
    fn from(s: &str) -> String;
    fn with_capacity(cap: usize) -> String;
    fn reserve(&mut self, additional: usize);
    fn reserve_exact(&mut self, additional: usize);
    fn shrink_to_fit(&mut self);
    fn shrink_to(&mut self, min_capacity: usize);
    fn push_str(&mut self, s: &str);
    // Extend<char>, Extend<&char>, Extend<&str>, Extend<String> (typeck checks the item).
    fn extend<X>(&mut self, iter: Iter<X>);
    fn push(&mut self, c: char);
    fn pop(&mut self) -> Option<char>;
    fn make_ascii_uppercase(&mut self);
    fn make_ascii_lowercase(&mut self);
    fn len(&self) -> usize;
    fn capacity(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn as_str(&self) -> &str;
    fn clear(&mut self);
    fn insert(&mut self, idx: usize, c: char);
    fn truncate(&mut self, len: usize);
    fn insert_str(&mut self, idx: usize, s: &str);
    fn remove(&mut self, idx: usize) -> char;
    fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
    // Removes a byte range and gives its chars (std's Drain; the String keeps its capacity).
    fn drain<R>(&mut self, range: R) -> Iter<char>;
    fn replace_range<R>(&mut self, range: R, with: &str);
    fn split_off(&mut self, at: usize) -> String;
    // std::fmt::Write, which the program must import (typeck says E0599 otherwise), as for write!(s, ..).
    fn write_str(&mut self, s: &str) -> Result<(), ()>;
    fn write_char(&mut self, c: char) -> Result<(), ()>;
    // s.into() for a type parameter S: Into<String>: S is a &str, a String or a char at run time.
    fn from_into<S>(s: S) -> String;
    // Both keep the buffer: the block is the same memory, now seen as the other type.
    fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error>;
    // Borrowed when the bytes are UTF-8 (a str beside them, as str::from_utf8 makes), else an Owned
    // String with U+FFFD for each invalid sequence.
    fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str, String>;
    fn into_bytes(self) -> Vec<u8>;
    // Shrinks the buffer to the length, then boxes it (Box<str>: a pointer and a length).
    fn into_boxed_str(self) -> Box<str>;
    // The buffer, capacity and all, is never freed: the reference points at its text.
    fn leak<'a>(self) -> &'a mut str;
}

impl str {
    fn as_ptr(&self) -> *const u8;
    // std::str::from_utf8: the bytes read as text (a new str beside them, as as_bytes makes new bytes).
    fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn to_string(&self) -> String;
    fn to_owned(&self) -> String;
    fn to_uppercase(&self) -> String;
    fn to_lowercase(&self) -> String;
    fn to_ascii_lowercase(&self) -> String;
    fn to_ascii_uppercase(&self) -> String;
    fn eq_ignore_ascii_case(&self, other: &str) -> bool;
    fn is_ascii(&self) -> bool;
    fn trim(&self) -> &str;
    fn trim_start(&self) -> &str;
    fn trim_end(&self) -> &str;
    fn trim_matches(&self, pat: &str) -> &str;
    fn trim_start_matches(&self, pat: &str) -> &str;
    fn trim_end_matches(&self, pat: &str) -> &str;
    fn chars(&self) -> Iter<char>;
    // Each char's escape, one iterator of chars that prints as them.
    fn escape_default(&self) -> Iter<char>;
    fn escape_debug(&self) -> Iter<char>;
    fn escape_unicode(&self) -> Iter<char>;
    fn char_indices(&self) -> Iter<(usize, char)>;
    fn bytes(&self) -> Iter<u8>;
    fn split(&self, pat: &str) -> Iter<&str>;
    fn splitn(&self, n: usize, pat: &str) -> Iter<&str>;
    fn rsplit(&self, pat: &str) -> Iter<&str>;
    fn rsplitn(&self, n: usize, pat: &str) -> Iter<&str>;
    fn split_inclusive(&self, pat: &str) -> Iter<&str>;
    fn matches(&self, pat: &str) -> Iter<&str>;
    fn rmatches(&self, pat: &str) -> Iter<&str>;
    fn match_indices(&self, pat: &str) -> Iter<(usize, &str)>;
    fn rmatch_indices(&self, pat: &str) -> Iter<(usize, &str)>;
    fn split_whitespace(&self) -> Iter<&str>;
    fn split_ascii_whitespace(&self) -> Iter<&str>;
    fn lines(&self) -> Iter<&str>;
    fn contains(&self, pat: &str) -> bool;
    fn starts_with(&self, pat: &str) -> bool;
    fn ends_with(&self, pat: &str) -> bool;
    fn find(&self, pat: &str) -> Option<usize>;
    fn rfind(&self, pat: &str) -> Option<usize>;
    fn strip_prefix(&self, prefix: &str) -> Option<&str>;
    fn strip_suffix(&self, suffix: &str) -> Option<&str>;
    fn replace(&self, from: &str, to: &str) -> String;
    fn replacen(&self, pat: &str, to: &str, count: usize) -> String;
    fn split_terminator(&self, pat: &str) -> Iter<&str>;
    fn repeat(&self, n: usize) -> String;
    fn parse<F>(&self) -> Result<F, ParseIntError>;
    fn as_bytes(&self) -> &[u8];
    fn split_at(&self, mid: usize) -> (&str, &str);
    fn is_char_boundary(&self, index: usize) -> bool;
    // A range of byte offsets: None where it is out of bounds or cuts a char.
    fn get<R>(&self, range: R) -> Option<&str>;
    fn split_once(&self, pat: &str) -> Option<(&str, &str)>;
    fn rsplit_once(&self, pat: &str) -> Option<(&str, &str)>;
    fn cmp(&self, other: &str) -> Ordering;
    // Into<String> only: typeck refuses (as not supported yet) a context that asks for another type.
    fn into(&self) -> String;
    // What into() gives where a Box<str> is asked for (typeck picks it).
    fn into_boxed_str(&self) -> Box<str>;
}

impl<T> Vec<T> {
    // A Vec again from the buffer a forgotten one left: it owns (and will free) that buffer.
    unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T>;
    // The buffer, capacity and all, is never freed: the reference points at its elements.
    fn leak<'a>(self) -> &'a mut [T];
    fn new() -> Vec<T>;
    // From an array or a slice (typeck ties T to their elements).
    fn from(a: [T]) -> Vec<T>;
    fn with_capacity(cap: usize) -> Vec<T>;
    fn reserve(&mut self, additional: usize);
    fn reserve_exact(&mut self, additional: usize);
    fn shrink_to_fit(&mut self);
    fn shrink_to(&mut self, min_capacity: usize);
    fn push(&mut self, value: T);
    fn pop(&mut self) -> Option<T>;
    fn len(&self) -> usize;
    fn capacity(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn insert(&mut self, index: usize, value: T);
    fn remove(&mut self, index: usize) -> T;
    fn truncate(&mut self, len: usize);
    fn clear(&mut self);
    fn extend_from_slice(&mut self, other: &[T]);
    fn resize(&mut self, new_len: usize, value: T);
    fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, f: F);
    fn as_slice(&self) -> &[T];
    fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
    fn drain_all(&mut self) -> Iter<T>;
    fn drain<R>(&mut self, range: R) -> Iter<T>;
    fn into_iter(self) -> Iter<T>;
    fn extend(&mut self, iter: Iter<T>);
    fn swap_remove(&mut self, index: usize) -> T;
    fn sort_unstable(&mut self);
    fn sort_by_key<F: FnMut(&T) -> K, K>(&mut self, f: F);
    fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, f: F);
    fn sort(&mut self);
    fn dedup(&mut self);
    fn dedup_by_key<F: FnMut(&mut T) -> K, K>(&mut self, key: F);
    fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same: F);
    fn split_off(&mut self, at: usize) -> Vec<T>;
    // Shrinks the buffer to the length, then boxes it (Box<[T]>: a pointer and a length).
    fn into_boxed_slice(self) -> Box<[T]>;
    fn as_mut_slice(&mut self) -> &mut [T];
    fn append(&mut self, other: &mut Vec<T>);
    fn reverse(&mut self);
}

// std::collections::VecDeque, a double-ended queue. std keeps it in a ring buffer whose head moves;
// memviz keeps its elements in queue order from the start of the buffer (same len and capacity).
impl<T> VecDeque<T> {
    // Vec's From<VecDeque<T>> (typeck picks it for deque.into()): the same buffer, in order.
    fn deque_into_vec(self) -> Vec<T>;
    fn new() -> VecDeque<T>;
    fn with_capacity(cap: usize) -> VecDeque<T>;
    // From a Vec or an array (typeck ties T to their elements).
    fn from(a: [T]) -> VecDeque<T>;
    fn push_back(&mut self, value: T);
    fn push_front(&mut self, value: T);
    fn pop_back(&mut self) -> Option<T>;
    fn pop_front(&mut self) -> Option<T>;
    fn front(&self) -> Option<&T>;
    fn back(&self) -> Option<&T>;
    fn front_mut(&mut self) -> Option<&mut T>;
    fn back_mut(&mut self) -> Option<&mut T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn capacity(&self) -> usize;
    fn get(&self, index: usize) -> Option<&T>;
    fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    fn contains(&self, x: &T) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn iter_mut(&mut self) -> Iter<&mut T>;
    fn into_iter(self) -> Iter<T>;
    fn clear(&mut self);
    fn truncate(&mut self, len: usize);
    fn insert(&mut self, index: usize, value: T);
    fn remove(&mut self, index: usize) -> Option<T>;
    fn extend(&mut self, iter: Iter<T>);
    fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    fn swap(&mut self, i: usize, j: usize);
    fn rotate_left(&mut self, n: usize);
    fn rotate_right(&mut self, n: usize);
    fn make_contiguous(&mut self) -> &mut [T];
    fn drain<R>(&mut self, range: R) -> Iter<T>;
}

// std::collections::BinaryHeap, a max-heap: a Vec whose elements are kept in std's heap order (what
// {:?} and iter() show); push and pop sift as std's do.
impl<T> BinaryHeap<T> {
    fn new() -> BinaryHeap<T>;
    fn with_capacity(cap: usize) -> BinaryHeap<T>;
    // From a Vec or an array (typeck ties T to their elements).
    fn from(a: [T]) -> BinaryHeap<T>;
    fn push(&mut self, item: T);
    fn pop(&mut self) -> Option<T>;
    fn peek(&self) -> Option<&T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn capacity(&self) -> usize;
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
    fn into_vec(self) -> Vec<T>;
    fn into_sorted_vec(self) -> Vec<T>;
    fn clear(&mut self);
    fn extend(&mut self, iter: Iter<T>);
    fn drain<R>(&mut self, range: R) -> Iter<T>;
}

impl<T> [T] {
    fn as_ptr(&self) -> *const T;
    fn as_mut_ptr(&mut self) -> *mut T;
    unsafe fn get_unchecked(&self, index: usize) -> &T;
    // std's [T; N]::map, on an array only (typeck picks it, and gives the result the array's length).
    fn array_map<U, F: FnMut(T) -> U>(self, f: F) -> Vec<U>;
    // slice.try_into() as a [T; N] (typeck picks it; U is the array type the context gives).
    fn slice_try_into<U>(&self) -> Result<U, TryFromSliceError>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn iter_mut(&mut self) -> Iter<&mut T>;
    fn get(&self, index: usize) -> Option<&T>;
    fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    // get and get_mut with a range (typeck picks them): the subslice, or None where it does not fit.
    fn get_range<R>(&self, range: R) -> Option<&[T]>;
    fn get_range_mut<R>(&mut self, range: R) -> Option<&mut [T]>;
    fn first(&self) -> Option<&T>;
    fn last(&self) -> Option<&T>;
    fn contains(&self, x: &T) -> bool;
    fn binary_search(&self, x: &T) -> Result<usize, usize>;
    fn split_at(&self, mid: usize) -> (&[T], &[T]);
    fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
    fn sort(&mut self);
    fn sort_unstable(&mut self);
    fn sort_by_key<F: FnMut(&T) -> K, K>(&mut self, f: F);
    fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, f: F);
    fn reverse(&mut self);
    fn windows(&self, size: usize) -> Iter<&[T]>;
    fn chunks(&self, size: usize) -> Iter<&[T]>;
    // The runs between the elements the predicate picks.
    fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Iter<&[T]>;
    fn chunks_exact(&self, size: usize) -> Iter<&[T]>;
    fn rchunks(&self, size: usize) -> Iter<&[T]>;
    fn chunks_mut(&mut self, size: usize) -> Iter<&mut [T]>;
    fn chunks_exact_mut(&mut self, size: usize) -> Iter<&mut [T]>;
    // std takes any slice pattern (a slice or an array, by reference) for the needle.
    fn starts_with(&self, needle: &[T]) -> bool;
    fn ends_with(&self, needle: &[T]) -> bool;
    fn strip_prefix(&self, prefix: &[T]) -> Option<&[T]>;
    fn strip_suffix(&self, suffix: &[T]) -> Option<&[T]>;
    fn split_first(&self) -> Option<(&T, &[T])>;
    fn split_last(&self) -> Option<(&T, &[T])>;
    fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])>;
    fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])>;
    fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, f: F);
    fn sort_unstable_by_key<F: FnMut(&T) -> K, K>(&mut self, f: F);
    // The key of each element computed once (std caches them); stable, as sort_by_key.
    fn sort_by_cached_key<F: FnMut(&T) -> K, K>(&mut self, f: F);
    // Each element in order with the next (T: PartialOrd, the key's K: PartialOrd; typeck judges it).
    fn is_sorted(&self) -> bool;
    fn is_sorted_by<F: FnMut(&T, &T) -> bool>(&self, compare: F) -> bool;
    fn is_sorted_by_key<F: FnMut(&T) -> K, K>(&self, f: F) -> bool;
    fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize>;
    fn binary_search_by_key<B, F: FnMut(&T) -> B>(&self, b: &B, f: F) -> Result<usize, usize>;
    // The index of the first element for which the predicate fails (the slice is partitioned by it).
    fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize;
    fn fill(&mut self, value: T);
    fn fill_with<F: FnMut() -> T>(&mut self, f: F);
    // Element by element from a slice of the same length (std panics otherwise).
    fn copy_from_slice(&mut self, src: &[T]);
    fn clone_from_slice(&mut self, src: &[T]);
    fn rotate_left(&mut self, mid: usize);
    fn rotate_right(&mut self, k: usize);
    fn first_mut(&mut self) -> Option<&mut T>;
    fn last_mut(&mut self) -> Option<&mut T>;
    fn swap(&mut self, a: usize, b: usize);
    fn to_vec(&self) -> Vec<T>;
    // Of strings; of slices, Vecs or arrays typeck gives a Vec, with an element or a slice between them.
    fn join(&self, sep: &str) -> String;
    fn concat(&self) -> String;
}

// std::collections: HashMap and HashSet. A lookup takes any &Q (std: K: Borrow<Q>, so a
// HashMap<String, V> is searched with a &str); keys are compared by value.
impl<K, V> HashMap<K, V> {
    fn new() -> HashMap<K, V>;
    fn with_capacity(capacity: usize) -> HashMap<K, V>;
    // From an array of (K, V) pairs.
    fn from(a: [(K, V)]) -> HashMap<K, V>;
    fn insert(&mut self, k: K, v: V) -> Option<V>;
    fn get<Q>(&self, k: &Q) -> Option<&V>;
    fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
    fn get_key_value<Q>(&self, k: &Q) -> Option<(&K, &V)>;
    fn contains_key<Q>(&self, k: &Q) -> bool;
    fn remove<Q>(&mut self, k: &Q) -> Option<V>;
    fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn capacity(&self) -> usize;
    fn clear(&mut self);
    fn keys(&self) -> Iter<&K>;
    fn values(&self) -> Iter<&V>;
    fn values_mut(&mut self) -> Iter<&mut V>;
    fn iter(&self) -> Iter<(&K, &V)>;
    fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
    fn into_iter(self) -> Iter<(K, V)>;
    fn into_keys(self) -> Iter<K>;
    fn into_values(self) -> Iter<V>;
    fn entry(&mut self, key: K) -> Entry<K, V>;
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
    fn extend(&mut self, iter: Iter<(K, V)>);
}

// What map.entry(key) gives: it keeps the map borrowed mutably until it is used up.
impl<K, V> Entry<K, V> {
    fn or_insert(self, default: V) -> &mut V;
    fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &mut V;
    fn or_default(self) -> &mut V;
    fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<K, V>;
    fn key(&self) -> &K;
}

impl<T> HashSet<T> {
    fn new() -> HashSet<T>;
    fn with_capacity(capacity: usize) -> HashSet<T>;
    fn from(a: [T]) -> HashSet<T>;
    fn insert(&mut self, value: T) -> bool;
    fn contains<Q>(&self, value: &Q) -> bool;
    fn get<Q>(&self, value: &Q) -> Option<&T>;
    fn remove<Q>(&mut self, value: &Q) -> bool;
    fn take<Q>(&mut self, value: &Q) -> Option<T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn capacity(&self) -> usize;
    fn clear(&mut self);
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
    fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    fn extend(&mut self, iter: Iter<T>);
    fn union(&self, other: &HashSet<T>) -> Iter<&T>;
    fn intersection(&self, other: &HashSet<T>) -> Iter<&T>;
    fn difference(&self, other: &HashSet<T>) -> Iter<&T>;
    fn symmetric_difference(&self, other: &HashSet<T>) -> Iter<&T>;
    fn is_subset(&self, other: &HashSet<T>) -> bool;
    fn is_superset(&self, other: &HashSet<T>) -> bool;
    fn is_disjoint(&self, other: &HashSet<T>) -> bool;
}

// The ordered map and set: iteration, Debug and the ends go by key order.
impl<K, V> BTreeMap<K, V> {
    fn new() -> BTreeMap<K, V>;
    fn from(a: [(K, V)]) -> BTreeMap<K, V>;
    fn insert(&mut self, k: K, v: V) -> Option<V>;
    fn get<Q>(&self, k: &Q) -> Option<&V>;
    fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
    fn get_key_value<Q>(&self, k: &Q) -> Option<(&K, &V)>;
    fn contains_key<Q>(&self, k: &Q) -> bool;
    fn remove<Q>(&mut self, k: &Q) -> Option<V>;
    fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn clear(&mut self);
    fn keys(&self) -> Iter<&K>;
    fn values(&self) -> Iter<&V>;
    fn values_mut(&mut self) -> Iter<&mut V>;
    fn iter(&self) -> Iter<(&K, &V)>;
    fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
    fn into_iter(self) -> Iter<(K, V)>;
    fn into_keys(self) -> Iter<K>;
    fn into_values(self) -> Iter<V>;
    fn entry(&mut self, key: K) -> Entry<K, V>;
    fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
    fn extend(&mut self, iter: Iter<(K, V)>);
    fn range<R>(&self, r: R) -> Iter<(&K, &V)>;
    fn first_key_value(&self) -> Option<(&K, &V)>;
    fn last_key_value(&self) -> Option<(&K, &V)>;
    fn pop_first(&mut self) -> Option<(K, V)>;
    fn pop_last(&mut self) -> Option<(K, V)>;
}

impl<T> BTreeSet<T> {
    fn new() -> BTreeSet<T>;
    fn from(a: [T]) -> BTreeSet<T>;
    fn insert(&mut self, value: T) -> bool;
    fn contains<Q>(&self, value: &Q) -> bool;
    fn get<Q>(&self, value: &Q) -> Option<&T>;
    fn remove<Q>(&mut self, value: &Q) -> bool;
    fn take<Q>(&mut self, value: &Q) -> Option<T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn clear(&mut self);
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
    fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    fn extend(&mut self, iter: Iter<T>);
    fn union(&self, other: &BTreeSet<T>) -> Iter<&T>;
    fn intersection(&self, other: &BTreeSet<T>) -> Iter<&T>;
    fn difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
    fn symmetric_difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
    fn is_subset(&self, other: &BTreeSet<T>) -> bool;
    fn is_superset(&self, other: &BTreeSet<T>) -> bool;
    fn is_disjoint(&self, other: &BTreeSet<T>) -> bool;
    fn range<R>(&self, r: R) -> Iter<&T>;
    fn first(&self) -> Option<&T>;
    fn last(&self) -> Option<&T>;
    fn pop_first(&mut self) -> Option<T>;
    fn pop_last(&mut self) -> Option<T>;
}

impl<T> Box<T> {
    fn new(x: T) -> Box<T>;
    // What ? and into() make of an error for a Box<dyn Error> (a &str or String becomes a boxed String).
    fn dyn_error<E>(e: E) -> Box<T>;
    fn as_ref(&self) -> &T;
    fn as_mut(&mut self) -> &mut T;
    // Box<[U]>::into_vec, for T = [U] (typeck picks it): the same buffer, now a Vec's.
    fn slice_into_vec<U>(self) -> Vec<U>;
    // Box<str>::into_string, for T = str: the same buffer, now a String's.
    fn str_into_string(self) -> String;
    // The heap block stays, owned by no one (no drop) until from_raw gives it a Box again.
    fn into_raw(b: Box<T>) -> *mut T;
    unsafe fn from_raw(raw: *mut T) -> Box<T>;
    fn leak(b: Box<T>) -> &'static mut T;
    // For a Box of dyn Any (typeck asks for one): the same block as a Box of U when it holds a U, else the Box back.
    fn downcast<U: 'static>(self) -> Result<Box<U>, Box<T>>;
}

impl<T> Rc<T> {
    fn new(x: T) -> Rc<T>;
    fn clone(this: &Rc<T>) -> Rc<T>;
    fn strong_count(this: &Rc<T>) -> usize;
    fn weak_count(this: &Rc<T>) -> usize;
    fn ptr_eq(a: &Rc<T>, b: &Rc<T>) -> bool;
    fn downgrade(this: &Rc<T>) -> Weak<T>;
    fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
    fn get_mut(this: &mut Rc<T>) -> Option<&mut T>;
    fn make_mut(this: &mut Rc<T>) -> &mut T;
    // The count stays as it was: the raw pointer holds the handle's share until from_raw.
    fn into_raw(this: Rc<T>) -> *const T;
    unsafe fn from_raw(ptr: *const T) -> Rc<T>;
    // std's From impls: From<&str>/From<String> for Rc<str>, From<Vec<U>>/From<&[U]>/From<[U; N]> for
    // Rc<[U]>, From<Box<T>> and From<T>. typeck picks by S and the Rc the context asks for (also for
    // into()); the value is copied into one new block after the counts.
    fn from<S>(s: S) -> Rc<T>;
}

impl<T> Weak<T> {
    fn new() -> Weak<T>;
    fn upgrade(&self) -> Option<Rc<T>>;
    fn strong_count(&self) -> usize;
    fn weak_count(&self) -> usize;
}

impl<T> RefCell<T> {
    fn new(x: T) -> RefCell<T>;
    fn borrow(&self) -> Ref<T>;
    fn borrow_mut(&self) -> RefMut<T>;
    // Err instead of a panic when the borrow rules would be broken.
    fn try_borrow(&self) -> Result<Ref<T>, BorrowError>;
    fn try_borrow_mut(&self) -> Result<RefMut<T>, BorrowMutError>;
    fn into_inner(self) -> T;
    // The value swapped for another (or for its Default), as through borrow_mut: a panic while borrowed.
    fn replace(&self, t: T) -> T;
    fn take(&self) -> T;
    // f gets the value through a borrow_mut, and what it returns takes its place.
    fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
    // The two values exchanged, each through a borrow_mut: a panic if either is borrowed.
    fn swap(&self, other: &RefCell<T>);
    // The value itself, through the &mut that rules out any borrow (no flag to check or change).
    fn get_mut(&mut self) -> &mut T;
}
// A guard of part of the borrowed value (Ref::map(r, |t| &t.field)), holding the same borrow of
// the RefCell; Ref::clone is one more shared borrow. Called as Ref::map(..), never as methods.
impl<T> Ref<T> {
    fn map<U, F: FnOnce(&T) -> &U>(orig: Ref<T>, f: F) -> Ref<U>;
    fn clone(orig: &Ref<T>) -> Ref<T>;
}
impl<T> RefMut<T> {
    fn map<U, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<T>, f: F) -> RefMut<U>;
}
// The errors of try_borrow and try_borrow_mut: Debug as std's; Display written by fmt.
#[derive(Debug)]
struct BorrowError {}
#[derive(Debug)]
struct BorrowMutError {}

impl<T> Cell<T> {
    fn new(x: T) -> Cell<T>;
    fn get(&self) -> T;
    fn set(&self, x: T);
    fn replace(&self, x: T) -> T;
    fn take(&self) -> T;
    fn into_inner(self) -> T;
    fn swap(&self, other: &Cell<T>);
    // The value itself, through the &mut that rules out any other access (no set needed).
    fn get_mut(&mut self) -> &mut T;
    // A Cell is drawn as its value: these are the same place, seen as a Cell (or a slice of Cells).
    fn from_mut(t: &mut T) -> &Cell<T>;
    // Cell<[U]> gives &[Cell<U>] (typeck gives U).
    fn as_slice_of_cells<U>(&self) -> &[Cell<U>];
}

// std::cell::OnceCell: a slot written at most once, through a shared reference. std keeps an
// Option<T> in an UnsafeCell: memviz draws that Option. Debug as std's, written by fmt (OnceCell(5),
// OnceCell(<uninit>)). std::sync::OnceLock is its thread-safe twin, with the same methods (memviz
// runs one thread at a time; std keeps its state apart from the value, memviz in the Option).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct OnceCell<T> { inner: Option<T> }
impl<T> OnceCell<T> {
    fn new() -> OnceCell<T>;
    fn from(value: T) -> OnceCell<T>;
    fn get(&self) -> Option<&T>;
    fn get_mut(&mut self) -> Option<&mut T>;
    // The value handed back (Err) when the cell is already full.
    fn set(&self, value: T) -> Result<(), T>;
    fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T;
    fn into_inner(self) -> Option<T>;
    fn take(&mut self) -> Option<T>;
}
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct OnceLock<T> { inner: Option<T> }
impl<T> OnceLock<T> {
    fn new() -> OnceLock<T>;
    fn from(value: T) -> OnceLock<T>;
    fn get(&self) -> Option<&T>;
    fn get_mut(&mut self) -> Option<&mut T>;
    fn set(&self, value: T) -> Result<(), T>;
    fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T;
    fn into_inner(self) -> Option<T>;
    fn take(&mut self) -> Option<T>;
}

// Threads. memviz runs a spawned thread to its end as soon as it is spawned (one interleaving of the
// many a real run may take), on a stack of its own; join hands back what it returned.
impl<T> Arc<T> {
    fn new(x: T) -> Arc<T>;
    fn clone(this: &Arc<T>) -> Arc<T>;
    fn strong_count(this: &Arc<T>) -> usize;
    fn weak_count(this: &Arc<T>) -> usize;
    fn ptr_eq(a: &Arc<T>, b: &Arc<T>) -> bool;
    fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
    fn into_inner(this: Arc<T>) -> Option<T>;
    fn get_mut(this: &mut Arc<T>) -> Option<&mut T>;
    fn make_mut(this: &mut Arc<T>) -> &mut T;
    // As Rc::from.
    fn from<S>(s: S) -> Arc<T>;
}

// A lock whose holder panicked (std prints it as PoisonError { .. }).
struct PoisonError<T> { guard: T }
impl<T> PoisonError<T> {
    fn into_inner(self) -> T;
}

impl<T> Mutex<T> {
    fn new(x: T) -> Mutex<T>;
    fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
    fn into_inner(self) -> Result<T, PoisonError<T>>;
    fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>>;
    fn is_poisoned(&self) -> bool;
}

impl<T> RwLock<T> {
    fn new(x: T) -> RwLock<T>;
    fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>>;
    fn write(&self) -> Result<RwLockWriteGuard<T>, PoisonError<RwLockWriteGuard<T>>>;
    fn into_inner(self) -> Result<T, PoisonError<T>>;
    fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>>;
}

// std::sync::atomic::Ordering (a program that imports it names it Ordering). memviz runs one
// thread at a time, so every ordering behaves as SeqCst.
#[derive(Debug, Clone, Copy, PartialEq)]
enum AtomicOrdering { Relaxed, Release, Acquire, AcqRel, SeqCst }
${ATOMIC_INTS}
struct AtomicBool { v: bool }
impl AtomicBool {
    fn new(v: bool) -> AtomicBool;
    fn load(&self, order: AtomicOrdering) -> bool;
    fn store(&self, val: bool, order: AtomicOrdering);
    fn swap(&self, val: bool, order: AtomicOrdering) -> bool;
    fn fetch_and(&self, val: bool, order: AtomicOrdering) -> bool;
    fn fetch_or(&self, val: bool, order: AtomicOrdering) -> bool;
    fn fetch_xor(&self, val: bool, order: AtomicOrdering) -> bool;
    fn compare_exchange(&self, current: bool, new: bool, success: AtomicOrdering, failure: AtomicOrdering) -> Result<bool, bool>;
    fn into_inner(self) -> bool;
    fn get_mut(&mut self) -> &mut bool;
}

// std::time::Duration: whole seconds and the nanoseconds past them (std prints it as 1.5s, 20ms, 3µs).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Duration { secs: u64, nanos: u32 }
impl Duration {
    fn from_secs(secs: u64) -> Duration;
    fn from_millis(millis: u64) -> Duration;
    fn from_micros(micros: u64) -> Duration;
    fn from_nanos(nanos: u64) -> Duration;
    fn as_secs(&self) -> u64;
    fn as_millis(&self) -> u128;
    fn as_micros(&self) -> u128;
    fn as_nanos(&self) -> u128;
    fn as_secs_f64(&self) -> f64;
    fn subsec_millis(&self) -> u32;
    fn subsec_nanos(&self) -> u32;
}

impl thread {
    // memviz runs one thread at a time: sleeping (or yielding) changes nothing it shows.
    fn sleep(dur: Duration);
    fn yield_now();
    fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(f: F) -> JoinHandle<T>;
    // Scoped threads may borrow the caller's locals: all of them have ended when scope returns.
    fn scope<F: FnOnce(&Scope) -> T, T>(f: F) -> T;
    // The running thread's handle (another count on its shared block).
    fn current() -> Thread;
}

// std::thread::Thread: a counted pointer to what std keeps of a thread, its id and its name (the
// main thread's name is None there: std answers "main" from its id). Debug is std's, written by fmt.
#[derive(Debug, Clone)]
struct Thread { inner: Arc<ThreadInner> }
struct ThreadInner { name: Option<String>, id: ThreadId }
impl Thread {
    fn id(&self) -> ThreadId;
    fn name(&self) -> Option<&str>;
}
// 1 for the main thread, then 2, 3, .. as threads are spawned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct ThreadId(u64);

// std::thread::Builder: a thread's name and stack size, set before it is spawned.
#[derive(Debug)]
struct Builder { name: Option<String>, stack_size: Option<usize>, no_hooks: bool }
impl Builder {
    fn new() -> Builder;
    fn name(self, name: String) -> Builder;
    fn stack_size(self, size: usize) -> Builder;
    // io::Result: memviz never fails to spawn.
    fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(self, f: F) -> Result<JoinHandle<T>, IoError>;
}
// std::io::Error, as far as memviz needs it (a Builder's spawn never fails here).
#[derive(Debug)]
struct IoError {}

struct Scope {}
impl Scope {
    // (std's handle is a ScopedJoinHandle; memviz keeps it as a JoinHandle.)
    fn spawn<F: FnOnce() -> T + Send, T: Send>(&self, f: F) -> JoinHandle<T>;
}

impl<T> JoinHandle<T> {
    // Err with the panic's payload when the thread panicked.
    fn join(self) -> Result<T, Box<dyn Any + Send>>;
    fn is_finished(&self) -> bool;
    fn thread(&self) -> &Thread;
}

impl mpsc {
    fn channel<T>() -> (Sender<T>, Receiver<T>);
    // A channel that holds at most bound values (its buffer is allocated at once); 0 makes each
    // send wait for a receive.
    fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);
}

// A value sent to a channel whose receiver is gone comes back in the error (std's Debug and
// Display do not show it: SendError { .. }; fmt writes them, and the channel errors' Display).
#[derive(Debug)]
struct SendError<T>(T);
// try_send's error: the channel is full, or its receiver is gone (Debug: TrySendError::Full(..)).
#[derive(Debug)]
enum TrySendError<T> { Full(T), Disconnected(T) }
#[derive(Debug)]
struct RecvError;
#[derive(Debug, PartialEq)]
enum TryRecvError { Empty, Disconnected }

impl<T> Sender<T> {
    fn send(&self, t: T) -> Result<(), SendError<T>>;
    fn clone(&self) -> Sender<T>;
}

impl<T> SyncSender<T> {
    fn send(&self, t: T) -> Result<(), SendError<T>>;
    fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
    fn clone(&self) -> SyncSender<T>;
}

impl<T> Receiver<T> {
    fn recv(&self) -> Result<T, RecvError>;
    fn try_recv(&self) -> Result<T, TryRecvError>;
    // Every value sent, until every Sender is gone.
    fn iter(&self) -> Iter<T>;
    fn try_iter(&self) -> Iter<T>;
    fn into_iter(self) -> Iter<T>;
}

// std::borrow::Cow, clone-on-write: a borrowed value, or an owned one made from it when it must change.
// O stands for std's <B as ToOwned>::Owned (String for str, Vec<T> for [T], T for a sized T): a
// hidden parameter that typeck fills from B and that no type name shows (Cow<'_, str>).
#[derive(Clone)]
enum Cow<'a, B: ?Sized + 'a, O> { Borrowed(&'a B), Owned(O) }
impl<'a, B: ?Sized, O> Cow<'a, B, O> {
    fn into_owned(self) -> O;
    fn to_mut(&mut self) -> &mut O;
    // std's From impls (Cow::from(x), x.into()), picked by typeck from what x is: Borrowed of a
    // &str, &String, &[T], &Vec<T> or &[T; N] (each seen as a &B), Owned of a String or a Vec.
    fn from_borrowed(b: &'a B) -> Cow<'a, B, O>;
    fn from_owned(o: O) -> Cow<'a, B, O>;
}
// What a Cow derefs to: what Borrowed points at, or Owned's String/Vec as a str/slice.
impl<'a, B: ?Sized, O> Deref for Cow<'a, B, O> {
    type Target = B;
    fn deref(&self) -> &B;
}

impl<T> Option<T> {
    // The value, if any, as an iterator of one reference (or none).
    fn iter(&self) -> Iter<&T>;
    fn iter_mut(&mut self) -> Iter<&mut T>;
    fn is_some(&self) -> bool;
    fn is_none(&self) -> bool;
    fn unwrap(self) -> T;
    fn expect(self, msg: &str) -> T;
    fn unwrap_or(self, default: T) -> T;
    fn unwrap_or_default(self) -> T;
    fn take(&mut self) -> Option<T>;
    fn replace(&mut self, value: T) -> Option<T>;
    fn as_ref(&self) -> Option<&T>;
    fn as_mut(&mut self) -> Option<&mut T>;
    // Option<String> gives Option<&str>, Option<Vec<U>> Option<&[U]>, Option<Box<U>> Option<&U>: typeck gives the target.
    fn as_deref(&self) -> Option<&T>;
    fn as_deref_mut(&mut self) -> Option<&mut T>;
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U>;
    fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U>;
    fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T;
    fn ok_or<E>(self, err: E) -> Result<T, E>;
    fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E>;
    fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T>;
    fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    fn or(self, optb: Option<T>) -> Option<T>;
    fn and<U>(self, optb: Option<U>) -> Option<U>;
    // Option<Result<U, E>> → Result<Option<U>, E> (typeck gives U and E).
    fn transpose<U, E>(self) -> Result<Option<U>, E>;
    // Option<Option<U>> → Option<U> (typeck gives U).
    fn flatten<U>(self) -> Option<U>;
    fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T>;
    fn cloned(self) -> Option<T>;
    fn copied(self) -> Option<T>;
    fn xor(self, optb: Option<T>) -> Option<T>;
    fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
    fn get_or_insert(&mut self, value: T) -> &mut T;
    fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T;
    fn insert(&mut self, value: T) -> &mut T;
}

impl<T, E> Result<T, E> {
    fn is_ok(&self) -> bool;
    fn is_err(&self) -> bool;
    fn unwrap(self) -> T;
    fn expect(self, msg: &str) -> T;
    fn unwrap_or(self, default: T) -> T;
    fn unwrap_err(self) -> E;
    fn unwrap_or_else<F: FnOnce(E) -> T>(self, f: F) -> T;
    fn unwrap_or_default(self) -> T;
    fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, f: F) -> Result<U, E>;
    fn ok(self) -> Option<T>;
    fn err(self) -> Option<E>;
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Result<U, E>;
    fn map_err<G, F: FnOnce(E) -> G>(self, f: F) -> Result<T, G>;
    fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    fn map_or_else<U, D: FnOnce(E) -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U;
    fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool;
    fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool;
    fn or_else<G, F: FnOnce(E) -> Result<T, G>>(self, f: F) -> Result<T, G>;
    fn or<F>(self, res: Result<T, F>) -> Result<T, F>;
    fn and<U>(self, res: Result<U, E>) -> Result<U, E>;
    // Result<Option<U>, E> → Option<Result<U, E>> (typeck gives U).
    fn transpose<U>(self) -> Option<Result<U, E>>;
    fn as_ref(&self) -> Result<&T, &E>;
    fn as_mut(&mut self) -> Result<&mut T, &mut E>;
}

// A range's own methods (its iterator methods are Iter's): (1..=5).contains(&x), ('a'..='z').contains(&c).
impl<T> Range<T> {
    fn contains(&self, item: &T) -> bool;
    fn is_empty(&self) -> bool;
    fn len(&self) -> usize;
}
impl<T> RangeInclusive<T> {
    fn contains(&self, item: &T) -> bool;
    fn is_empty(&self) -> bool;
    fn start(&self) -> &T;
    fn end(&self) -> &T;
}

impl<T> Iter<T> {
    fn next(&mut self) -> Option<T>;
    fn map<B, F: FnMut(T) -> B>(self, f: F) -> Iter<B>;
    fn filter<P: FnMut(&T) -> bool>(self, p: P) -> Iter<T>;
    fn inspect<F: FnMut(&T)>(self, f: F) -> Iter<T>;
    fn enumerate(self) -> Iter<(usize, T)>;
    fn rev(self) -> Iter<T>;
    fn next_back(&mut self) -> Option<T>;
    // DoubleEndedIterator's searches from the back.
    fn rfind<P: FnMut(&T) -> bool>(&mut self, p: P) -> Option<T>;
    fn nth_back(&mut self, n: usize) -> Option<T>;
    fn rfold<B, F: FnMut(B, T) -> B>(self, init: B, f: F) -> B;
    // Your own iterator's (typeck lends them to no other): std's default size_hint, ExactSizeIterator's len.
    fn size_hint(&self) -> (usize, Option<usize>);
    fn len(&self) -> usize;
    // Chars: the rest of the string. (Its lifetime is the string's, which this signature cannot
    // name: 'static, so that the borrow checker ties it to nothing rather than to the iterator.)
    fn as_str(&self) -> &'static str;
    fn skip(self, n: usize) -> Iter<T>;
    fn take(self, n: usize) -> Iter<T>;
    fn zip<U>(self, other: Iter<U>) -> Iter<(T, U)>;
    fn chain(self, other: Iter<T>) -> Iter<T>;
    fn take_while<P: FnMut(&T) -> bool>(self, p: P) -> Iter<T>;
    fn skip_while<P: FnMut(&T) -> bool>(self, p: P) -> Iter<T>;
    fn nth(&mut self, n: usize) -> Option<T>;
    fn max_by_key<F: FnMut(&T) -> B, B>(self, f: F) -> Option<T>;
    fn min_by_key<F: FnMut(&T) -> B, B>(self, f: F) -> Option<T>;
    fn step_by(self, step: usize) -> Iter<T>;
    // Over and over: the items of the first pass again (cloned), without end.
    fn cycle(self) -> Iter<T>;
    fn cloned(self) -> Iter<T>;
    fn copied(self) -> Iter<T>;
    fn collect<C>(self) -> C;
    // Into two collections of the same kind (a Vec here): those the predicate accepts, then the rest.
    fn partition<B, F: FnMut(&T) -> bool>(self, f: F) -> (B, B);
    // Pairs into two collections (Vecs here): the firsts and the seconds.
    fn unzip<A, B>(self) -> (Vec<A>, Vec<B>);
    // A running state: each item gives the closure the state (to change) and the item; None ends it.
    fn scan<S, B, F: FnMut(&mut S, T) -> Option<B>>(self, initial: S, f: F) -> Iter<B>;
    fn sum<S>(self) -> S;
    fn product<S>(self) -> S;
    fn count(self) -> usize;
    fn max(self) -> Option<T>;
    fn min(self) -> Option<T>;
    fn last(self) -> Option<T>;
    fn any<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
    fn filter_map<B, F: FnMut(T) -> Option<B>>(self, f: F) -> Iter<B>;
    // The closure's Some(x) are the items, up to its first None.
    fn map_while<B, F: FnMut(T) -> Option<B>>(self, f: F) -> Iter<B>;
    // The item of flat_map and flatten is the item of U (of T): typeck gives it.
    fn flat_map<U, F: FnMut(T) -> U>(self, f: F) -> Iter<U>;
    fn flatten(self) -> Iter<T>;
    // Every iterator is Iter<T> here, so any one can peek.
    fn peekable(self) -> Iter<T>;
    // The same iterator, borrowed: what the adaptors take from it is gone from it too.
    fn by_ref(&mut self) -> Iter<T>;
    fn peek(&mut self) -> Option<&T>;
    fn max_by<F: FnMut(&T, &T) -> Ordering>(self, compare: F) -> Option<T>;
    fn min_by<F: FnMut(&T, &T) -> Ordering>(self, compare: F) -> Option<T>;
    fn eq(self, other: Iter<T>) -> bool;
    fn all<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
    fn position<F: FnMut(T) -> bool>(&mut self, f: F) -> Option<usize>;
    fn rposition<F: FnMut(T) -> bool>(&mut self, f: F) -> Option<usize>;
    fn find<P: FnMut(&T) -> bool>(&mut self, p: P) -> Option<T>;
    fn fold<B, F: FnMut(B, T) -> B>(self, init: B, f: F) -> B;
    // A fold that starts from the first item (None for no items).
    fn reduce<F: FnMut(T, T) -> T>(self, f: F) -> Option<T>;
    // The first Some the closure gives.
    fn find_map<B, F: FnMut(T) -> Option<B>>(&mut self, f: F) -> Option<B>;
    // R is Option<B> or Result<B, E>: the first None or Err ends the fold and is the answer.
    fn try_fold<B, R, F: FnMut(B, T) -> R>(&mut self, init: B, f: F) -> R;
    // ChunksExact's short chunk (chunks_exact's items are slices, so T is one).
    fn remainder(&self) -> T;
    fn for_each<F: FnMut(T)>(self, f: F);
    // Each item in order with the next, to the first pair that is not (T: PartialOrd; typeck judges it).
    fn is_sorted(self) -> bool;
    fn is_sorted_by<F: FnMut(&T, &T) -> bool>(self, compare: F) -> bool;
    fn is_sorted_by_key<F: FnMut(T) -> K, K>(self, f: F) -> bool;
}

impl int {
    fn abs(self) -> Self;
    fn from_str_radix(s: &str, radix: u32) -> Result<Self, ParseIntError>;
    // std's lossless conversions (i64::from(x), let y: u64 = x.into()); typeck allows only those.
    fn from<T>(x: T) -> Self;
    fn into<T>(self) -> T;
    // Checked conversions between integer types: Err when the value does not fit.
    fn try_from<T>(x: T) -> Result<Self, TryFromIntError>;
    fn try_into<T>(self) -> Result<T, TryFromIntError>;
    // u8's ASCII tests (std has them on u8 only).
    fn is_ascii(&self) -> bool;
    fn is_ascii_digit(&self) -> bool;
    fn is_ascii_hexdigit(&self) -> bool;
    fn is_ascii_graphic(&self) -> bool;
    fn is_ascii_control(&self) -> bool;
    fn is_ascii_alphabetic(&self) -> bool;
    fn is_ascii_alphanumeric(&self) -> bool;
    fn is_ascii_lowercase(&self) -> bool;
    fn is_ascii_uppercase(&self) -> bool;
    fn is_ascii_punctuation(&self) -> bool;
    fn is_ascii_whitespace(&self) -> bool;
    fn to_ascii_uppercase(&self) -> Self;
    fn to_ascii_lowercase(&self) -> Self;
    fn clamp(self, min: Self, max: Self) -> Self;
    fn pow(self, exp: u32) -> Self;
    fn cmp(&self, other: &Self) -> Ordering;
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
    // PartialEq's methods (typeck lends them to every type with std's equality, as cmp above).
    fn eq(&self, other: &Self) -> bool;
    fn ne(&self, other: &Self) -> bool;
    fn min(self, other: Self) -> Self;
    fn max(self, other: Self) -> Self;
    fn checked_add(self, rhs: Self) -> Option<Self>;
    fn checked_sub(self, rhs: Self) -> Option<Self>;
    fn checked_mul(self, rhs: Self) -> Option<Self>;
    fn checked_div(self, rhs: Self) -> Option<Self>;
    fn wrapping_add(self, rhs: Self) -> Self;
    fn wrapping_sub(self, rhs: Self) -> Self;
    fn wrapping_mul(self, rhs: Self) -> Self;
    fn saturating_add(self, rhs: Self) -> Self;
    fn saturating_sub(self, rhs: Self) -> Self;
    fn saturating_mul(self, rhs: Self) -> Self;
    fn checked_rem(self, rhs: Self) -> Option<Self>;
    fn checked_pow(self, exp: u32) -> Option<Self>;
    fn wrapping_pow(self, exp: u32) -> Self;
    fn overflowing_add(self, rhs: Self) -> (Self, bool);
    fn overflowing_sub(self, rhs: Self) -> (Self, bool);
    fn overflowing_mul(self, rhs: Self) -> (Self, bool);
    fn rem_euclid(self, rhs: Self) -> Self;
    fn signum(self) -> Self;
    fn is_positive(self) -> bool;
    fn is_negative(self) -> bool;
    fn count_ones(self) -> u32;
    fn abs_diff(self, other: Self) -> Self;
    fn checked_neg(self) -> Option<Self>;
    fn wrapping_neg(self) -> Self;
    fn div_euclid(self, rhs: Self) -> Self;
    fn leading_zeros(self) -> u32;
    fn trailing_zeros(self) -> u32;
    fn count_zeros(self) -> u32;
    fn leading_ones(self) -> u32;
    fn trailing_ones(self) -> u32;
    fn rotate_left(self, n: u32) -> Self;
    fn rotate_right(self, n: u32) -> Self;
    fn swap_bytes(self) -> Self;
    fn reverse_bits(self) -> Self;
    fn is_power_of_two(self) -> bool;
    fn next_power_of_two(self) -> Self;
    fn checked_next_power_of_two(self) -> Option<Self>;
    fn ilog2(self) -> u32;
    fn ilog10(self) -> u32;
    fn ilog(self, base: Self) -> u32;
    fn isqrt(self) -> Self;
    fn checked_abs(self) -> Option<Self>;
    // Gives the unsigned type of the same width (typeck says which).
    fn unsigned_abs(self) -> Self;
    fn wrapping_abs(self) -> Self;
    fn saturating_pow(self, exp: u32) -> Self;
    fn overflowing_pow(self, exp: u32) -> (Self, bool);
    fn wrapping_div(self, rhs: Self) -> Self;
    fn wrapping_rem(self, rhs: Self) -> Self;
    fn saturating_div(self, rhs: Self) -> Self;
    fn to_string(&self) -> String;
    // The value's bytes, least significant first (le), most significant first (be), or in the
    // machine's order (ne: x86-64's, little-endian); Self::BYTES is the type's size (4 for u32).
    fn to_le_bytes(self) -> [u8; Self::BYTES];
    fn to_be_bytes(self) -> [u8; Self::BYTES];
    fn to_ne_bytes(self) -> [u8; Self::BYTES];
    fn from_le_bytes(bytes: [u8; Self::BYTES]) -> Self;
    fn from_be_bytes(bytes: [u8; Self::BYTES]) -> Self;
    fn from_ne_bytes(bytes: [u8; Self::BYTES]) -> Self;
}

impl float {
    fn from<T>(x: T) -> Self;
    fn into<T>(self) -> T;
    fn abs(self) -> Self;
    fn clamp(self, min: Self, max: Self) -> Self;
    fn sqrt(self) -> Self;
    fn cbrt(self) -> Self;
    fn ln(self) -> Self;
    fn log10(self) -> Self;
    fn log2(self) -> Self;
    fn exp(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn trunc(self) -> Self;
    fn fract(self) -> Self;
    fn signum(self) -> Self;
    fn to_degrees(self) -> Self;
    fn to_radians(self) -> Self;
    fn hypot(self, other: Self) -> Self;
    fn atan2(self, other: Self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn tanh(self) -> Self;
    fn asinh(self) -> Self;
    fn acosh(self) -> Self;
    fn atanh(self) -> Self;
    fn sin_cos(self) -> (Self, Self);
    fn exp2(self) -> Self;
    fn exp_m1(self) -> Self;
    fn ln_1p(self) -> Self;
    fn log(self, base: Self) -> Self;
    fn recip(self) -> Self;
    fn mul_add(self, a: Self, b: Self) -> Self;
    fn copysign(self, sign: Self) -> Self;
    fn rem_euclid(self, rhs: Self) -> Self;
    fn div_euclid(self, rhs: Self) -> Self;
    fn is_finite(self) -> bool;
    fn is_infinite(self) -> bool;
    fn is_sign_positive(self) -> bool;
    fn is_sign_negative(self) -> bool;
    fn is_nan(self) -> bool;
    fn powi(self, n: i32) -> Self;
    fn powf(self, n: Self) -> Self;
    fn floor(self) -> Self;
    fn ceil(self) -> Self;
    fn round(self) -> Self;
    fn min(self, other: Self) -> Self;
    fn max(self, other: Self) -> Self;
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
    // IEEE 754's total order: -NaN < -inf < ... < -0.0 < 0.0 < ... < inf < NaN.
    fn total_cmp(&self, other: &Self) -> Ordering;
    fn to_string(&self) -> String;
    // The IEEE 754 bits, as the unsigned integer of the same width (typeck makes u64 a u32 for f32).
    fn to_bits(self) -> u64;
    fn from_bits(v: u64) -> Self;
    fn to_le_bytes(self) -> [u8; Self::BYTES];
    fn to_be_bytes(self) -> [u8; Self::BYTES];
    fn to_ne_bytes(self) -> [u8; Self::BYTES];
    fn from_le_bytes(bytes: [u8; Self::BYTES]) -> Self;
    fn from_be_bytes(bytes: [u8; Self::BYTES]) -> Self;
    fn from_ne_bytes(bytes: [u8; Self::BYTES]) -> Self;
}

impl bool {
    fn to_string(&self) -> String;
    fn then_some<T>(self, t: T) -> Option<T>;
    fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T>;
}

impl char {
    fn from<T>(x: T) -> char;
    fn from_u32(i: u32) -> Option<char>;
    fn from_digit(num: u32, radix: u32) -> Option<char>;
    fn is_alphabetic(self) -> bool;
    fn cmp(&self, other: &char) -> Ordering;
    fn is_alphanumeric(self) -> bool;
    fn is_ascii_digit(self) -> bool;
    fn is_ascii_hexdigit(self) -> bool;
    fn is_ascii_graphic(self) -> bool;
    fn is_ascii_control(self) -> bool;
    fn is_ascii(self) -> bool;
    fn is_ascii_alphabetic(self) -> bool;
    fn is_ascii_alphanumeric(self) -> bool;
    fn is_ascii_lowercase(self) -> bool;
    fn is_ascii_uppercase(self) -> bool;
    fn is_ascii_punctuation(self) -> bool;
    fn is_ascii_whitespace(self) -> bool;
    fn is_numeric(self) -> bool;
    fn is_whitespace(self) -> bool;
    fn is_uppercase(self) -> bool;
    fn is_lowercase(self) -> bool;
    fn to_ascii_uppercase(self) -> char;
    fn to_ascii_lowercase(self) -> char;
    // std's ToUppercase / ToLowercase: iterators of chars that print as those chars.
    fn to_uppercase(self) -> Iter<char>;
    fn to_lowercase(self) -> Iter<char>;
    // std's EscapeDefault / EscapeDebug / EscapeUnicode: iterators of chars that print as those chars.
    fn escape_default(self) -> Iter<char>;
    fn escape_debug(self) -> Iter<char>;
    fn escape_unicode(self) -> Iter<char>;
    fn to_digit(self, radix: u32) -> Option<u32>;
    fn len_utf8(self) -> usize;
    fn to_string(&self) -> String;
    // Into<String>, Into<u32>, Into<u64>, Into<u128>: typeck checks the type the context asks for.
    fn into<T>(self) -> T;
}

// What a hand-written impl Debug builds its output with: f.debug_struct("P").field("x", &self.x).finish().
impl Formatter {
    fn write_str(&mut self, data: &str) -> Result<(), ()>;
    // The text with the spec's width, fill, alignment and precision ({:>8} honoured by your own Display).
    fn pad(&mut self, s: &str) -> Result<(), ()>;
    fn width(&self) -> Option<usize>;
    fn precision(&self) -> Option<usize>;
    fn alternate(&self) -> bool;
    fn sign_plus(&self) -> bool;
    fn fill(&self) -> char;
    fn debug_struct(&mut self, name: &str) -> DebugStruct;
    fn debug_tuple(&mut self, name: &str) -> DebugTuple;
    fn debug_list(&mut self) -> DebugList;
    fn debug_set(&mut self) -> DebugSet;
    fn debug_map(&mut self) -> DebugMap;
}
impl DebugStruct {
    fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct;
    fn finish(&mut self) -> Result<(), ()>;
    fn finish_non_exhaustive(&mut self) -> Result<(), ()>;
}
impl DebugTuple {
    fn field(&mut self, value: &dyn Debug) -> &mut DebugTuple;
    fn finish(&mut self) -> Result<(), ()>;
    fn finish_non_exhaustive(&mut self) -> Result<(), ()>;
}
// entries takes any IntoIterator of Debug items (an owned item is dropped once written).
impl DebugList {
    fn entry(&mut self, value: &dyn Debug) -> &mut DebugList;
    fn entries<D: Debug>(&mut self, entries: Iter<D>) -> &mut DebugList;
    fn finish(&mut self) -> Result<(), ()>;
    fn finish_non_exhaustive(&mut self) -> Result<(), ()>;
}
impl DebugSet {
    fn entry(&mut self, value: &dyn Debug) -> &mut DebugSet;
    fn entries<D: Debug>(&mut self, entries: Iter<D>) -> &mut DebugSet;
    fn finish(&mut self) -> Result<(), ()>;
    fn finish_non_exhaustive(&mut self) -> Result<(), ()>;
}
impl DebugMap {
    fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut DebugMap;
    fn key(&mut self, key: &dyn Debug) -> &mut DebugMap;
    fn value(&mut self, value: &dyn Debug) -> &mut DebugMap;
    fn entries<K: Debug, V: Debug>(&mut self, entries: Iter<(K, V)>) -> &mut DebugMap;
    fn finish(&mut self) -> Result<(), ()>;
    fn finish_non_exhaustive(&mut self) -> Result<(), ()>;
}

impl mem {
    fn drop<T>(x: T);
    // Takes the value and never drops it: no Drop runs, and the heap it owns stays allocated (leaked).
    fn forget<T>(x: T);
    fn swap<T>(a: &mut T, b: &mut T);
    fn replace<T>(dest: &mut T, src: T) -> T;
    fn take<T: Default>(dest: &mut T) -> T;
    fn size_of<T>() -> usize;
    fn align_of<T>() -> usize;
    fn size_of_val<T: ?Sized>(x: &T) -> usize;
    // Between numbers and arrays of numbers of the same size (E0512 otherwise), as their bytes.
    unsafe fn transmute<T, U>(e: T) -> U;
}

// std::mem::ManuallyDrop: holds its value and never drops it by itself (the drop glue skips it).
struct ManuallyDrop<T> { value: T }
impl<T> ManuallyDrop<T> {
    fn new(value: T) -> ManuallyDrop<T>;
    fn into_inner(slot: ManuallyDrop<T>) -> T;
    unsafe fn drop(slot: &mut ManuallyDrop<T>);
}
impl<T> Deref for ManuallyDrop<T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T> DerefMut for ManuallyDrop<T> {
    fn deref_mut(&mut self) -> &mut T;
}

// std::mem::MaybeUninit: room for a T that may not hold one yet; never dropped by itself.
struct MaybeUninit<T> { value: T }
impl<T> MaybeUninit<T> {
    fn uninit() -> MaybeUninit<T>;
    fn new(val: T) -> MaybeUninit<T>;
    fn as_ptr(&self) -> *const T;
    fn as_mut_ptr(&mut self) -> *mut T;
    fn write(&mut self, val: T) -> &mut T;
    unsafe fn assume_init(self) -> T;
}

// std::ptr: raw pointers, and the unsafe reads and writes through them.
impl ptr {
    fn null<T>() -> *const T;
    fn null_mut<T>() -> *mut T;
    fn eq<T>(a: *const T, b: *const T) -> bool;
    unsafe fn read<T>(src: *const T) -> T;
    unsafe fn write<T>(dst: *mut T, src: T);
    unsafe fn swap<T>(x: *mut T, y: *mut T);
    // count is in elements; copy allows the two ranges to overlap (memmove), copy_nonoverlapping does not (memcpy).
    unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
    unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
}

impl slice {
    unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T];
    unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T];
}

// The methods of raw pointers; add/offset count whole elements.
impl<T> *const T {
    fn is_null(self) -> bool;
    unsafe fn add(self, count: usize) -> *const T;
    unsafe fn sub(self, count: usize) -> *const T;
    unsafe fn offset(self, count: isize) -> *const T;
    unsafe fn offset_from(self, origin: *const T) -> isize;
    unsafe fn read(self) -> T;
}

impl<T> *mut T {
    fn is_null(self) -> bool;
    unsafe fn add(self, count: usize) -> *mut T;
    unsafe fn sub(self, count: usize) -> *mut T;
    unsafe fn offset(self, count: isize) -> *mut T;
    unsafe fn offset_from(self, origin: *const T) -> isize;
    unsafe fn read(self) -> T;
    unsafe fn write(self, val: T);
}

impl any {
    fn type_name<T: ?Sized>() -> &'static str;
}

// std's methods of dyn Any (and dyn Any + Send): what a thread's panic payload holds, asked by its
// type (the payload of a panic with nothing formatted into its message is a &'static str, else a String).
impl dyn Any {
    fn is<T: 'static>(&self) -> bool;
    fn downcast_ref<T: 'static>(&self) -> Option<&T>;
}

impl process {
    fn exit(code: i32) -> !;
}

// std::panic: catch_unwind runs the closure; a panic in it (its message printed all the same) comes
// back as Err with its payload. (std's F: UnwindSafe is judged once captures are known.)
impl panic {
    fn catch_unwind<F: FnOnce() -> R, R>(f: F) -> Result<R, Box<dyn Any + Send>>;
}

impl cmp {
    fn max<T: Ord>(a: T, b: T) -> T;
    fn min<T: Ord>(a: T, b: T) -> T;
}

impl array {
    // std::array::from_fn(|i| ..): the array of what f makes of each index; N from the context.
    fn from_fn<T, const N: usize, F: FnMut(usize) -> T>(f: F) -> [T; N];
}

impl iter {
    fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> Iter<T>;
    fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Iter<T>;
    fn repeat<T: Clone>(x: T) -> Iter<T>;
    // What the closure returns, called again for each item, without end.
    fn repeat_with<T, F: FnMut() -> T>(f: F) -> Iter<T>;
    // n items: clones of x, then x itself last (with n = 0, x is dropped at once).
    fn repeat_n<T: Clone>(x: T, n: usize) -> Iter<T>;
    fn once<T>(x: T) -> Iter<T>;
    fn empty<T>() -> Iter<T>;
}
`;
