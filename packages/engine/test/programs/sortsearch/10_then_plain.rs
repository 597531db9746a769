use std::cmp::Ordering;

// `then` takes an Ordering directly (evaluated eagerly).
fn compare_points(a: &(i32, i32), b: &(i32, i32)) -> Ordering {
    a.0.cmp(&b.0).then(a.1.cmp(&b.1))
}

fn main() {
    let mut pts = vec![(2, 5), (1, 9), (2, 1), (1, 3), (0, 0)];
    pts.sort_by(compare_points);
    println!("{:?}", pts);
    println!("{:?}", Ordering::Equal.then(Ordering::Less));
    println!("{:?}", Ordering::Greater.then(Ordering::Less));
}
