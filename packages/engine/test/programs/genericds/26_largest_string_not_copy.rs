// Reusing our largest function on a list of names.
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
    let ages = vec![19, 23, 21];
    println!("oldest: {}", largest(&ages));

    let names = vec![String::from("Ada"), String::from("Grace"), String::from("Linus")];
    println!("last name: {}", largest(&names));
}
