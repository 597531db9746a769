// Quiz answer: require PartialOrd so `>` is available.
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn main() {
    let ints = vec![34, 50, 25, 100, 65];
    println!("{}", largest(&ints));
    let chars = vec!['y', 'm', 'a', 'q'];
    println!("{}", largest(&chars));
}
