// Building strings: push_str, +, format!, and iterating chars vs bytes.
fn main() {
    let mut s = String::from("foo");
    s.push_str("bar");
    s.push('!');
    println!("{s}");

    let tic = String::from("tic");
    let tac = String::from("tac");
    let toe = String::from("toe");
    // `+` takes ownership of the left side and borrows the right.
    let joined = tic + "-" + &tac + "-" + &toe;
    println!("{joined}");
    println!("tac and toe still usable: {tac} {toe}");

    let again = format!("{tac}/{toe}/{joined}");
    println!("{again}");

    let word = "héllo";
    println!("chars: {}, bytes: {}", word.chars().count(), word.len());
    for c in word.chars().rev() {
        print!("{c}");
    }
    println!();
    let first_two: String = word.chars().take(2).collect();
    println!("first two chars: {first_two}");
}
