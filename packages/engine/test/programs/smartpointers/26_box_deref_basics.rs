fn add_one(x: &i32) -> i32 {
    x + 1
}

fn main() {
    let b = Box::new(5);
    println!("b = {}", b);
    let y = *b + 10;
    println!("y = {}", y);
    println!("add_one(&b) = {}", add_one(&b));

    let mut counter = Box::new(0u32);
    for _ in 0..4 {
        *counter += 3;
    }
    println!("counter = {}", counter);

    let big = Box::new([1u8; 16]);
    println!("boxed array len = {}, sum = {}", big.len(), big.iter().map(|&x| x as u32).sum::<u32>());

    let s: Box<str> = "boxed str".into();
    println!("{} has {} chars", s, s.len());

    let unboxed: u32 = *counter;
    println!("unboxed = {}", unboxed);

    let name = Box::new(String::from("Ferris"));
    let owned: String = *name; // moving out of a Box is allowed
    println!("owned = {}", owned);
}
