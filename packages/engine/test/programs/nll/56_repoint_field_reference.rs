// Re-pointing a reference stored in a struct field: after
// `tally.target = &mut b`, accesses through `tally.target` reach `b`,
// so the earlier reborrow of `a` does not conflict with them.
struct Tally<'a> {
    target: &'a mut u32,
}

fn main() {
    let mut a = 0;
    let mut b = 0;
    let mut tally = Tally { target: &mut a };

    let old = &mut *tally.target; // reborrow of `a` through the field
    tally.target = &mut b;        // the field now points at `b`
    *tally.target += 1;
    *old += 10;

    println!("a = {}, b = {}", a, b);
}
