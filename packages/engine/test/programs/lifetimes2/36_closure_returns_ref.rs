// Closures that return references into captured or argument data.
fn main() {
    let names = vec![String::from("Ada"), String::from("Grace"), String::from("Linus")];

    // Captures `names` by reference and returns a &str into it.
    let by_index = |i: usize| -> &str { names[i].as_str() };
    println!("{}", by_index(1));

    // A closure taking a reference and returning a piece of it.
    let first_char = |s: &String| s.chars().next().unwrap();
    let initials: String = names.iter().map(first_char).collect();
    println!("initials: {}", initials);

    let longest = names.iter().max_by_key(|s| s.len()).unwrap();
    println!("longest: {}", longest);
}
