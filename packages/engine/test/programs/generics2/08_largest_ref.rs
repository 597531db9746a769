// Returning a reference means we do not need Copy, so Strings work too.
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
    let words = vec![
        String::from("pear"),
        String::from("zucchini"),
        String::from("apple"),
    ];
    let w = largest(&words);
    println!("largest word: {}", w);
    println!("words is still usable: {:?}", words);

    let scores = [88u16, 92, 79];
    println!("largest score: {}", largest(&scores));
}
