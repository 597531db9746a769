// split_at_mut hands out two non-overlapping mutable slices.
fn main() {
    let mut temps = [12, 15, 9, 20, 18, 11];
    let (morning, evening) = temps.split_at_mut(3);

    for (m, e) in morning.iter_mut().zip(evening.iter_mut()) {
        if *m > *e {
            std::mem::swap(m, e);
        }
    }
    println!("sorted pairs: {:?}", temps);

    let (left, right) = temps.split_at_mut(1);
    left[0] += right[right.len() - 1];
    println!("after adding last to first: {:?}", temps);

    if let Some((first, rest)) = temps.split_first_mut() {
        for r in rest.iter_mut() {
            *r -= *first / 10;
        }
    }
    println!("adjusted: {:?}", temps);
}
