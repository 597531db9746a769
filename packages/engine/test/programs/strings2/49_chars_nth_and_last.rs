// Getting "the i-th character" the right way.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.chars().nth(i)
}

fn main() {
    let word = String::from("Привет");
    println!("{:?}", char_at(&word, 0));
    println!("{:?}", char_at(&word, 5));
    println!("{:?}", char_at(&word, 6));
    println!("last: {:?}", word.chars().last());
    println!("first byte: {}", word.as_bytes()[0]);

    let chars: Vec<char> = word.chars().collect();
    println!("chars[2] = {}", chars[2]);
    let middle: String = chars[1..4].iter().collect();
    println!("middle = {}", middle);

    let initials: String = ["Grace", "Murray", "Hopper"].iter().map(|n| n.chars().next().unwrap()).collect();
    println!("{}", initials);
}
