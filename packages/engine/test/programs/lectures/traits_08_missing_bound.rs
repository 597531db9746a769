// Exercise: a generic function that adds up a slice.
fn sum_all<T: Copy>(items: &[T], zero: T) -> T {
    let mut acc = zero;
    for &item in items {
        acc = acc + item;
    }
    acc
}

fn main() {
    let ints = [1, 2, 3, 4];
    let floats = [0.5, 0.25, 0.125];
    println!("ints: {}", sum_all(&ints, 0));
    println!("floats: {}", sum_all(&floats, 0.0));
    let empty: [i64; 0] = [];
    println!("empty: {}", sum_all(&empty, 0));
    let big = [1_000_000u64, 2_000_000, 3_000_000];
    println!("big: {}", sum_all(&big, 0));
    println!("done");
}
