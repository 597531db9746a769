// Puzzle: `r` is a mutable reference. Is it still usable after we pass it along?
fn add_all(target: &mut Vec<i32>, items: &[i32]) {
    for &i in items {
        target.push(i);
    }
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;

    // Passing `r` reborrows it instead of moving it.
    add_all(r, &[1, 2]);
    add_all(&mut *r, &[3]);
    {
        let inner = &mut *r;
        inner.push(4);
    }
    r.push(5);

    // Moving the reference itself is different.
    let moved = r;
    moved.push(6);

    println!("{:?}", v);
}
