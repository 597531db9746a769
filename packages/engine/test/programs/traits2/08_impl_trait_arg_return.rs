// impl Trait in argument and return position.
fn total_len(words: impl Iterator<Item = String>) -> usize {
    words.map(|w| w.len()).sum()
}

fn evens_up_to(n: u32) -> impl Iterator<Item = u32> {
    (0..=n).filter(|x| x % 2 == 0)
}

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn main() {
    let words = vec!["stack".to_string(), "heap".to_string()];
    println!("total length: {}", total_len(words.into_iter()));

    let evens: Vec<u32> = evens_up_to(10).collect();
    println!("evens: {:?}", evens);

    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));
    println!("squares of evens: {:?}", evens_up_to(6).map(|x| x * x).collect::<Vec<_>>());
}
