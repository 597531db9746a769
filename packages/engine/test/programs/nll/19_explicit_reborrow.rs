// `&mut *r` makes a fresh, shorter mutable borrow through `r`.
// When it ends, `r` is usable again.
fn bump(counter: &mut u32) -> u32 {
    *counter += 1;
    *counter
}

fn main() {
    let mut hits = 0u32;
    let r = &mut hits;

    let a = bump(&mut *r);
    let b = {
        let short = &mut *r; // reborrow
        *short += 10;
        *short
    };
    let c = bump(r);
    println!("a={} b={} c={}", a, b, c);

    let shared: &u32 = &*r; // shared reborrow of a &mut
    println!("peek = {}", shared);
    *r *= 2;
    println!("hits = {}", hits);
}
