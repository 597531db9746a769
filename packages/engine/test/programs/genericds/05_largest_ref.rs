// Returning a reference lets `largest` work for types that are not Copy,
// such as String.
fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let names = vec![
        String::from("Mia"),
        String::from("Zoe"),
        String::from("Liam"),
    ];
    let winner = largest_ref(&names);
    println!("last alphabetically: {}", winner);

    let scores = [88, 92, 79];
    let best = largest_ref(&scores);
    println!("best score: {}", best);

    // names is still usable: we only borrowed it
    println!("all names: {:?}", names);
}
