// An unsafe helper that trusts its caller, wrapped by a safe function.

/// Safety: both pointers must be valid and must not overlap.
unsafe fn swap_raw(a: *mut i64, b: *mut i64) {
    let tmp = *a;
    *a = *b;
    *b = tmp;
}

fn safe_swap(a: &mut i64, b: &mut i64) {
    // Two distinct &mut can never overlap, so the contract holds.
    unsafe { swap_raw(a, b) }
}

fn main() {
    let mut low = 5;
    let mut high = 9;
    safe_swap(&mut low, &mut high);
    println!("low = {}, high = {}", low, high);
}
