// Deref coercion: &MyBox<String> -> &String -> &str automatically.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {}!", name);
}

fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let m = MyBox(String::from("Rust"));
    hello(&m);
    // Without coercion we would have to write this:
    hello(&(*m)[..]);

    let boxed = Box::new(String::from("ownership"));
    println!("vowels in {}: {}", boxed, count_vowels(&boxed));

    let v = MyBox(vec![1, 2, 3]);
    println!("length via method call: {}", v.len());
}
