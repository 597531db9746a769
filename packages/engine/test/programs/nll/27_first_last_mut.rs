// first_mut/last_mut borrow one end of a vector at a time.
fn main() {
    let mut path = vec![(0, 0), (1, 2), (3, 3)];

    if let Some(start) = path.first_mut() {
        start.0 = -1;
    }
    if let Some(end) = path.last_mut() {
        end.1 += 10;
    }
    println!("{:?}", path);

    let len = path.len();
    let mid = &mut path[len / 2];
    mid.0 *= 5;
    mid.1 *= 5;
    println!("{:?}", path);

    if let [first, .., last] = path.as_mut_slice() {
        std::mem::swap(first, last);
    }
    println!("{:?}", path);
}
