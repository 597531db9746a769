// Puzzle: a reborrow and its parent take turns.
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let inner = &mut *r;

    r.push(2);
    inner.push(3);

    println!("{:?}", v);
}
