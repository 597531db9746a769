// Exercise: the closure inside from_fn mutably borrows `produced`.
fn main() {
    let mut produced = 0;
    let mut ids = std::iter::from_fn(|| {
        produced += 1;
        if produced <= 3 { Some(produced * 100) } else { None }
    });
    let a = ids.next();
    println!("produced so far: {}", produced);
    let b = ids.next();
    println!("{:?} {:?}", a, b);
}
