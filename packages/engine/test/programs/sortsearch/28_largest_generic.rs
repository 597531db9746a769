// The classic generic largest: return a reference so T need not be Copy.
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
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
    let words = vec![String::from("kiwi"), String::from("plum"), String::from("apple")];
    println!("largest word: {}", largest(&words));
    let floats = [1.5, -2.0, 9.25];
    println!("largest float: {}", largest(&floats));
}
