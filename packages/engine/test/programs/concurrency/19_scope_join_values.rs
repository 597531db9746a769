use std::thread;

fn count_vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiou".contains(*c)).count()
}

// Scoped handles return values too, and may borrow from main.
fn main() {
    let title = String::from("ownership and borrowing");
    let body = String::from("threads can borrow data inside a scope");

    let (a, b) = thread::scope(|s| {
        let h1 = s.spawn(|| count_vowels(&title));
        let h2 = s.spawn(|| count_vowels(&body));
        (h1.join().unwrap(), h2.join().unwrap())
    });

    println!("title vowels: {}", a);
    println!("body vowels: {}", b);
    println!("still own: {} / {}", title, body);
}
