// Return the largest value (by value) from a slice.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list.first().unwrap();
    for item in list.iter() {
        if item > largest {
            largest = item;
        }
    }
    *largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    let result = largest(&numbers);
    println!("The largest number is {}", result);
}
