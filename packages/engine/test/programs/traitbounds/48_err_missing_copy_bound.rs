fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[4, 8, 15, 16, 23, 42]));
    println!("{}", largest(&[0.5, 0.25]));
}
