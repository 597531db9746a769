// split_at_mut gives two non-overlapping mutable slices of the same vector.
fn main() {
    let mut readings = vec![10, 20, 30, 40, 50, 60];

    let (left, right) = readings.split_at_mut(3);
    println!("left = {:?}, right = {:?}", left, right);

    for i in 0..left.len() {
        // copy from one half into the other
        right[i] += left[i];
        left[i] = 0;
    }

    println!("after moving: {:?}", readings);

    let (first, rest) = readings.split_at_mut(1);
    first[0] = rest.iter().sum();
    println!("first now holds the sum of the rest: {:?}", readings);
}
