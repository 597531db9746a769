// iterators2: capitalize the first letter, map over a slice, and join.
fn capitalize_first(input: &str) -> String {
    let mut chars = input.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().to_string() + chars.as_str(),
    }
}

fn capitalize_words_vector(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| capitalize_first(w)).collect()
}

fn capitalize_words_string(words: &[&str]) -> String {
    words.iter().map(|w| capitalize_first(w)).collect()
}

fn main() {
    let my_fav_fruits = ["banana", "custard apple", "avocado", "peach", "raspberry"];
    let mut my_iterable_fav_fruits = my_fav_fruits.iter();
    println!("{:?}", my_iterable_fav_fruits.next());
    println!("{:?}", my_iterable_fav_fruits.next());

    println!("{:?}", capitalize_first("hello"));
    println!("{:?}", capitalize_first(""));
    println!("{:?}", capitalize_words_vector(&["hello", "world"]));
    println!("{:?}", capitalize_words_string(&["hello", " ", "world"]));
}
