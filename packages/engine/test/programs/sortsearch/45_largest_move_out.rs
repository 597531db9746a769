// Mistake: moving an element out of the slice when T is only PartialOrd.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut idx = 0;
    for i in 1..list.len() {
        if list[i] > list[idx] {
            idx = i;
        }
    }
    list[idx]
}

fn main() {
    let nums = vec![3, 8, 1];
    println!("{}", largest(&nums));
}
