// Every stable method std gives its common types (inherent ones and those of the traits std implements
// for them), by name: strings, vectors, slices, arrays, primitives, and the pointers and cells Rc,
// Weak, RefCell and Cell. memviz models only some of them; a name outside these lists is one the type
// surely does not have, so calling it is rustc's E0599 ("no method named `length` found for struct
// `String`"), not "not supported yet". A name in a list that memviz does not model stays "not
// supported yet". The lists err on the side of too many names: a missing one would be a false error.

const TRAIT_METHODS = [
  // Clone, ToOwned, ToString, Into/TryInto, From, AsRef/AsMut, Borrow, Default, Any
  'clone', 'clone_from', 'to_owned', 'clone_into', 'to_string', 'into', 'try_into', 'from', 'try_from', 'as_ref', 'as_mut', 'borrow', 'borrow_mut', 'default', 'type_id',
  // PartialEq, PartialOrd, Ord, Hash, Debug/Display
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'cmp', 'partial_cmp', 'max', 'min', 'clamp', 'hash', 'hash_slice', 'fmt',
  // Operators called as methods
  'add', 'sub', 'mul', 'div', 'rem', 'neg', 'not', 'bitand', 'bitor', 'bitxor', 'shl', 'shr',
  'add_assign', 'sub_assign', 'mul_assign', 'div_assign', 'rem_assign', 'bitand_assign', 'bitor_assign', 'bitxor_assign', 'shl_assign', 'shr_assign',
  'index', 'index_mut', 'deref', 'deref_mut', 'drop',
  // IntoIterator, Extend, FromIterator, Sum/Product, FromStr, Write
  'into_iter', 'extend', 'extend_one', 'extend_reserve', 'from_iter', 'sum', 'product', 'from_str', 'write_str', 'write_char', 'write_fmt',
];

const STR_METHODS = [
  'len', 'is_empty', 'is_char_boundary', 'floor_char_boundary', 'ceil_char_boundary', 'as_bytes', 'as_bytes_mut', 'as_ptr', 'as_mut_ptr', 'as_str', 'get', 'get_mut',
  'get_unchecked', 'get_unchecked_mut', 'slice_unchecked', 'slice_mut_unchecked', 'split_at', 'split_at_mut', 'split_at_checked', 'split_at_mut_checked',
  'chars', 'char_indices', 'bytes', 'split_whitespace', 'split_ascii_whitespace', 'lines', 'lines_any', 'encode_utf16', 'contains', 'starts_with', 'ends_with',
  'find', 'rfind', 'split', 'split_inclusive', 'rsplit', 'split_terminator', 'rsplit_terminator', 'splitn', 'rsplitn', 'split_once', 'rsplit_once', 'matches',
  'rmatches', 'match_indices', 'rmatch_indices', 'trim', 'trim_start', 'trim_end', 'trim_left', 'trim_right', 'trim_matches', 'trim_start_matches',
  'trim_end_matches', 'trim_left_matches', 'trim_right_matches', 'strip_prefix', 'strip_suffix', 'parse', 'is_ascii', 'eq_ignore_ascii_case',
  'make_ascii_uppercase', 'make_ascii_lowercase', 'trim_ascii_start', 'trim_ascii_end', 'trim_ascii', 'escape_debug', 'escape_default', 'escape_unicode',
  'into_boxed_bytes', 'into_string', 'repeat', 'to_lowercase', 'to_uppercase', 'to_ascii_uppercase', 'to_ascii_lowercase', 'replace', 'replacen',
  'as_ascii', 'substr_range', 'char_count', 'iter',
];

const STRING_METHODS = [
  ...STR_METHODS,
  'new', 'with_capacity', 'from_utf8', 'from_utf8_lossy', 'from_utf8_unchecked', 'from_utf16', 'from_utf16_lossy', 'from_raw_parts', 'into_bytes', 'as_mut_str',
  'push_str', 'extend_from_within', 'capacity', 'reserve', 'reserve_exact', 'try_reserve', 'try_reserve_exact', 'shrink_to_fit', 'shrink_to', 'push', 'truncate',
  'pop', 'remove', 'remove_matches', 'retain', 'insert', 'insert_str', 'as_mut_vec', 'split_off', 'clear', 'drain', 'replace_range', 'into_boxed_str', 'leak',
  'into_chars',
];

const SLICE_METHODS = [
  'len', 'is_empty', 'first', 'first_mut', 'split_first', 'split_first_mut', 'split_last', 'split_last_mut', 'last', 'last_mut', 'first_chunk', 'first_chunk_mut',
  'split_first_chunk', 'split_first_chunk_mut', 'last_chunk', 'last_chunk_mut', 'split_last_chunk', 'split_last_chunk_mut', 'get', 'get_mut', 'get_unchecked',
  'get_unchecked_mut', 'get_disjoint_mut', 'as_ptr', 'as_mut_ptr', 'as_ptr_range', 'as_mut_ptr_range', 'swap', 'swap_unchecked', 'reverse', 'iter', 'iter_mut',
  'windows', 'chunks', 'chunks_mut', 'chunks_exact', 'chunks_exact_mut', 'as_chunks', 'as_chunks_mut', 'as_rchunks', 'rchunks', 'rchunks_mut', 'rchunks_exact',
  'rchunks_exact_mut', 'array_windows', 'array_chunks', 'chunk_by', 'chunk_by_mut', 'split_at', 'split_at_mut', 'split_at_checked', 'split_at_mut_checked',
  'split', 'split_mut', 'split_inclusive', 'split_inclusive_mut', 'rsplit', 'rsplit_mut', 'splitn', 'splitn_mut', 'rsplitn', 'rsplitn_mut', 'contains',
  'starts_with', 'ends_with', 'strip_prefix', 'strip_suffix', 'binary_search', 'binary_search_by', 'binary_search_by_key', 'sort_unstable', 'sort_unstable_by',
  'sort_unstable_by_key', 'select_nth_unstable', 'select_nth_unstable_by', 'select_nth_unstable_by_key', 'rotate_left', 'rotate_right', 'fill', 'fill_with',
  'clone_from_slice', 'copy_from_slice', 'copy_within', 'swap_with_slice', 'align_to', 'align_to_mut', 'partition_point', 'partition_dedup', 'is_sorted',
  'is_sorted_by', 'is_sorted_by_key', 'sort', 'sort_by', 'sort_by_key', 'sort_by_cached_key', 'to_vec', 'to_vec_in', 'into_vec', 'repeat', 'concat', 'join',
  'connect', 'to_ascii_uppercase', 'to_ascii_lowercase', 'make_ascii_uppercase', 'make_ascii_lowercase', 'is_ascii', 'eq_ignore_ascii_case', 'escape_ascii',
  'trim_ascii', 'trim_ascii_start', 'trim_ascii_end', 'as_flattened', 'as_flattened_mut', 'utf8_chunks', 'as_slice', 'as_mut_slice', 'as_array', 'as_mut_array',
];

const VEC_METHODS = [
  ...SLICE_METHODS,
  'new', 'with_capacity', 'from_raw_parts', 'capacity', 'reserve', 'reserve_exact', 'try_reserve', 'try_reserve_exact', 'shrink_to_fit', 'shrink_to',
  'into_boxed_slice', 'truncate', 'set_len', 'swap_remove', 'insert', 'remove', 'retain', 'retain_mut', 'dedup_by_key', 'dedup_by', 'dedup', 'push', 'pop',
  'pop_if', 'append', 'drain', 'clear', 'split_off', 'resize_with', 'resize', 'leak', 'spare_capacity_mut', 'extend_from_slice', 'extend_from_within',
  'splice', 'extract_if', 'into_flattened', 'push_within_capacity', 'into_raw_parts', 'as_non_null',
];

const ARRAY_METHODS = [...SLICE_METHODS, 'map', 'try_map', 'each_ref', 'each_mut', 'split_array_ref', 'rsplit_array_ref'];

const INT_METHODS = [
  'count_ones', 'count_zeros', 'leading_zeros', 'trailing_zeros', 'leading_ones', 'trailing_ones', 'rotate_left', 'rotate_right', 'swap_bytes', 'reverse_bits',
  'from_be', 'from_le', 'to_be', 'to_le', 'pow', 'isqrt', 'div_euclid', 'rem_euclid', 'div_floor', 'div_ceil', 'next_multiple_of', 'is_multiple_of', 'ilog',
  'ilog2', 'ilog10', 'abs', 'abs_diff', 'signum', 'is_positive', 'is_negative', 'unsigned_abs', 'is_power_of_two', 'next_power_of_two', 'to_be_bytes',
  'to_le_bytes', 'to_ne_bytes', 'from_be_bytes', 'from_le_bytes', 'from_ne_bytes', 'min_value', 'max_value', 'from_str_radix', 'midpoint', 'cast_signed',
  'cast_unsigned', 'unbounded_shl', 'unbounded_shr', 'checked_next_power_of_two', 'checked_next_multiple_of', 'checked_isqrt', 'checked_ilog',
  'checked_ilog2', 'checked_ilog10',
  // u8's ASCII methods
  'is_ascii', 'is_ascii_alphabetic', 'is_ascii_uppercase', 'is_ascii_lowercase', 'is_ascii_alphanumeric', 'is_ascii_digit', 'is_ascii_octdigit',
  'is_ascii_hexdigit', 'is_ascii_punctuation', 'is_ascii_graphic', 'is_ascii_whitespace', 'is_ascii_control', 'to_ascii_uppercase', 'to_ascii_lowercase',
  'make_ascii_uppercase', 'make_ascii_lowercase', 'eq_ignore_ascii_case', 'escape_ascii', 'is_utf8_char_boundary', 'as_ascii',
];
/** `checked_add`, `wrapping_mul`, `saturating_pow`...: the arithmetic families, by prefix and operation. */
const INT_FAMILIES = /^(checked|wrapping|saturating|overflowing|strict|unchecked)_(add|sub|mul|div|div_euclid|rem|rem_euclid|neg|shl|shr|abs|pow|add_signed|sub_unsigned|add_unsigned|sub_signed)$/;

const FLOAT_METHODS = [
  'floor', 'ceil', 'round', 'round_ties_even', 'trunc', 'fract', 'abs', 'signum', 'copysign', 'mul_add', 'div_euclid', 'rem_euclid', 'powi', 'powf', 'sqrt',
  'exp', 'exp2', 'exp_m1', 'ln', 'log', 'log2', 'log10', 'ln_1p', 'cbrt', 'hypot', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sin_cos', 'sinh',
  'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'is_nan', 'is_infinite', 'is_finite', 'is_subnormal', 'is_normal', 'classify', 'is_sign_positive',
  'is_sign_negative', 'next_up', 'next_down', 'recip', 'to_degrees', 'to_radians', 'maximum', 'minimum', 'midpoint', 'to_bits', 'from_bits', 'to_be_bytes',
  'to_le_bytes', 'to_ne_bytes', 'from_be_bytes', 'from_le_bytes', 'from_ne_bytes', 'total_cmp', 'abs_sub', 'to_int_unchecked', 'gamma', 'ln_gamma', 'erf', 'erfc',
];

const CHAR_METHODS = [
  'is_digit', 'to_digit', 'is_alphabetic', 'is_lowercase', 'is_uppercase', 'is_whitespace', 'is_alphanumeric', 'is_control', 'is_numeric', 'is_ascii',
  'is_ascii_alphabetic', 'is_ascii_uppercase', 'is_ascii_lowercase', 'is_ascii_alphanumeric', 'is_ascii_digit', 'is_ascii_octdigit', 'is_ascii_hexdigit',
  'is_ascii_punctuation', 'is_ascii_graphic', 'is_ascii_whitespace', 'is_ascii_control', 'to_lowercase', 'to_uppercase', 'to_ascii_uppercase',
  'to_ascii_lowercase', 'make_ascii_uppercase', 'make_ascii_lowercase', 'eq_ignore_ascii_case', 'len_utf8', 'len_utf16', 'encode_utf8', 'encode_utf16',
  'escape_unicode', 'escape_debug', 'escape_default', 'from_u32', 'from_digit', 'from_u32_unchecked', 'as_ascii',
];

const BOOL_METHODS = ['then', 'then_some'];

// Rc, Weak, RefCell and Cell: their inherent functions (associated ones too, and unstable ones, which
// rustc reports otherwise) and those of the traits std implements for them beyond TRAIT_METHODS.
const RC_METHODS = [
  'new', 'new_cyclic', 'new_uninit', 'new_uninit_slice', 'new_zeroed', 'new_zeroed_slice', 'try_new', 'try_new_uninit', 'try_new_zeroed', 'pin',
  'new_in', 'new_cyclic_in', 'new_uninit_in', 'new_uninit_slice_in', 'new_zeroed_in', 'new_zeroed_slice_in', 'try_new_in', 'try_new_uninit_in',
  'try_new_zeroed_in', 'pin_in', 'try_unwrap', 'into_inner', 'unwrap_or_clone', 'assume_init', 'into_raw', 'into_raw_with_allocator', 'as_ptr',
  'from_raw', 'from_raw_in', 'into_non_null', 'from_non_null', 'downgrade', 'weak_count', 'strong_count', 'increment_strong_count',
  'decrement_strong_count', 'increment_strong_count_in', 'decrement_strong_count_in', 'get_mut', 'get_mut_unchecked', 'is_unique', 'ptr_eq',
  'make_mut', 'downcast', 'downcast_unchecked', 'allocator', 'into_array', 'clone_from_ref', 'clone_from_ref_in', 'try_clone_from_ref', 'map',
  'try_map', 'into_pin', 'as_fd', 'as_raw_fd', 'as_handle', 'as_raw_handle', 'as_socket', 'as_raw_socket', 'source', 'description', 'cause',
  'provide', 'use_cloned',
];
const WEAK_METHODS = [
  'new', 'new_in', 'upgrade', 'strong_count', 'weak_count', 'ptr_eq', 'as_ptr', 'into_raw', 'into_raw_with_allocator', 'from_raw', 'from_raw_in',
  'allocator', 'into_non_null', 'from_non_null',
];
const REFCELL_METHODS = [
  'new', 'into_inner', 'replace', 'replace_with', 'swap', 'borrow', 'try_borrow', 'borrow_mut', 'try_borrow_mut', 'as_ptr', 'get_mut', 'undo_leak',
  'try_borrow_unguarded', 'take',
];
const CELL_METHODS = [
  'new', 'set', 'swap', 'replace', 'into_inner', 'get', 'get_cloned', 'update', 'as_ptr', 'get_mut', 'from_mut', 'take', 'as_slice_of_cells',
  'as_array_of_cells', 'replace_with',
];

export type KnownMethodsKind = 'String' | 'str' | 'Vec' | 'slice' | 'array' | 'int' | 'float' | 'char' | 'bool' | 'Rc' | 'Weak' | 'RefCell' | 'Cell';

const KNOWN: Readonly<Record<KnownMethodsKind, ReadonlySet<string>>> = {
  String: new Set([...STRING_METHODS, ...TRAIT_METHODS]),
  str: new Set([...STR_METHODS, ...TRAIT_METHODS]),
  Vec: new Set([...VEC_METHODS, ...TRAIT_METHODS]),
  slice: new Set([...SLICE_METHODS, ...TRAIT_METHODS]),
  array: new Set([...ARRAY_METHODS, ...TRAIT_METHODS]),
  int: new Set([...INT_METHODS, ...TRAIT_METHODS]),
  float: new Set([...FLOAT_METHODS, ...TRAIT_METHODS]),
  char: new Set([...CHAR_METHODS, ...TRAIT_METHODS]),
  bool: new Set([...BOOL_METHODS, ...TRAIT_METHODS]),
  Rc: new Set([...RC_METHODS, ...TRAIT_METHODS]),
  Weak: new Set([...WEAK_METHODS, ...TRAIT_METHODS]),
  RefCell: new Set([...REFCELL_METHODS, ...TRAIT_METHODS]),
  Cell: new Set([...CELL_METHODS, ...TRAIT_METHODS]),
};
const TRAIT_METHOD_SET: ReadonlySet<string> = new Set(TRAIT_METHODS);

/** Whether one of the std traits most types implement or derive (Clone, PartialEq, Display, `Add`...) has a method of this name. */
export function stdTraitHasMethod(name: string): boolean {
  return TRAIT_METHOD_SET.has(name);
}

/** Whether std gives values of this kind a method of this name (through any of the kind's derefs). */
export function stdHasMethod(kind: KnownMethodsKind, name: string): boolean {
  return KNOWN[kind].has(name) || (kind === 'int' && INT_FAMILIES.test(name));
}
