fn square(x: u32) -> Option<u32> {
    x.checked_mul(x)
}

fn half(x: u32) -> Option<u32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let a = Some(4u32);
    let b: Option<u32> = None;

    println!("{:?}", a.map(|x| x * 10));
    println!("{:?}", b.map(|x| x * 10));
    println!("{:?}", a.and_then(square).and_then(half));
    println!("{:?}", Some(3u32).and_then(square).and_then(half));
    println!("{:?}", Some(100_000u32).and_then(square));

    let len = Some(String::from("hello")).map(|s| s.len());
    println!("{:?}", len);
}
