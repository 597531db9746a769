fn main() {
    let passwords = ["hunter2", "correcthorse", "abc", "Tr0ub4dor&3"];

    let any_short = passwords.iter().any(|p| p.len() < 6);
    let all_ascii = passwords.iter().all(|p| p.is_ascii());
    println!("any short: {}, all ascii: {}", any_short, all_ascii);

    match passwords.iter().position(|p| p.chars().any(|c| c.is_ascii_punctuation())) {
        Some(i) => println!("first with punctuation at index {}", i),
        None => println!("none with punctuation"),
    }

    let strong = passwords
        .iter()
        .find(|p| p.len() >= 8 && p.chars().any(|c| c.is_ascii_digit()));
    println!("first strong: {:?}", strong);

    let numbers = [2, 4, 6, 9, 10];
    println!("all even? {}", numbers.iter().all(|n| n % 2 == 0));
    println!("odd at {:?}", numbers.iter().position(|n| n % 2 == 1));
    println!("find 7: {:?}", numbers.iter().find(|&&n| n == 7));
}
