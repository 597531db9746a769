// Puzzle: `ref` and `ref mut` in patterns. Is the Option still usable afterwards?
fn main() {
    let maybe_title: Option<String> = Some(String::from("Ownership"));

    match maybe_title {
        Some(ref t) if t.len() > 5 => println!("long title: {}", t),
        Some(ref t) => println!("short title: {}", t),
        None => println!("no title"),
    }
    // `ref` only borrowed, so the Option is still whole.
    println!("{:?}", maybe_title);

    let mut counter = Some(0u32);
    if let Some(ref mut n) = counter {
        *n += 10;
    }
    // Matching on &mut gives `n: &mut u32` without writing `ref mut`.
    match &mut counter {
        Some(n) => *n *= 2,
        None => {}
    }
    println!("{:?}", counter);
}
