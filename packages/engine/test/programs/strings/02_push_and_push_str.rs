fn main() {
    let mut greeting = String::new();
    println!("start: '{}' len={}", greeting, greeting.len());

    greeting.push('H');
    greeting.push('i');
    println!("after push: '{}'", greeting);

    greeting.push_str(", ");
    greeting.push_str("Ferris");
    println!("after push_str: '{}'", greeting);

    let suffix = String::from("!!");
    greeting.push_str(&suffix);
    println!("suffix still usable: '{}'", suffix);
    println!("final: '{}' len={}", greeting, greeting.len());

    // building a line of characters in a loop
    let mut stars = String::with_capacity(10);
    for i in 0..5 {
        if i % 2 == 0 {
            stars.push('*');
        } else {
            stars.push('-');
        }
    }
    println!("pattern: {}", stars);
}
