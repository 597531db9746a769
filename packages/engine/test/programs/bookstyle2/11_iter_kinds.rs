// iter() borrows, iter_mut() borrows mutably, into_iter() takes ownership.
fn main() {
    let mut prices = vec![100, 250, 40];

    let mut total = 0;
    for p in prices.iter() {
        total += p; // p is &i32
    }
    println!("Total before discount: {}", total);

    for p in prices.iter_mut() {
        *p = *p * 9 / 10; // p is &mut i32
    }
    println!("After 10% off: {:?}", prices);

    let words = vec![String::from("alpha"), String::from("beta")];
    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("Lengths {:?}, words still usable: {:?}", lengths, words);

    let mut owned = Vec::new();
    for w in words.into_iter() {
        owned.push(w + "!"); // w is String
    }
    println!("Owned strings: {:?}", owned);
}
