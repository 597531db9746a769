// The classic `largest` from the book: T must be comparable and Copy,
// because we copy elements out of the slice.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("largest number: {}", largest(&numbers));

    let chars = vec!['y', 'm', 'a', 'q'];
    println!("largest char: {}", largest(&chars));

    let temps = [21.5, 19.0, 23.25, 22.0];
    println!("largest temp: {}", largest::<f64>(&temps));
}
