fn initials(first: &str, last: &str) -> String {
    let mut s = String::new();
    s.push(first.chars().next().unwrap());
    s.push('.');
    s.push(last.chars().next().unwrap());
    s.push('.');
    s
}

fn main() {
    let first = "Grace";
    let last = String::from("Hopper");
    let full = format!("{} {}", first, last);
    println!("full name: {}", full);
    println!("length: {}", full.len());
    println!("upper: {}", full.to_uppercase());
    println!("initials: {}", initials(first, &last));
    println!("contains 'Hop'? {}", full.contains("Hop"));
    println!("replace: {}", full.replace("Grace", "Admiral"));

    let mut greeting = String::from("Hi");
    greeting += ", ";
    greeting += &last;
    println!("{}", greeting);

    let trimmed = "   padded   ".trim();
    println!("[{}]", trimmed);
    let word_count = "the cat sat on the mat".split(' ').count();
    println!("words: {}", word_count);
}
