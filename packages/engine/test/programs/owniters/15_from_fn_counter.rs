// std::iter::from_fn turns a closure with state into an iterator.
fn main() {
    let mut n = 0;
    let evens = std::iter::from_fn(|| {
        n += 2;
        if n <= 10 { Some(n) } else { None }
    });
    let v: Vec<i32> = evens.collect();
    println!("{:?}", v);

    // Reading tokens from a string, one at a time.
    let text = "let x = 42 ;";
    let mut words = text.split_whitespace();
    let tokens = std::iter::from_fn(|| words.next().map(|w| w.len()));
    let lens: Vec<usize> = tokens.collect();
    println!("token lengths: {:?}", lens);
}
