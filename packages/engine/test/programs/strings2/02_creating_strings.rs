// Four ways to turn a &str into a String. They all produce the same value.
fn main() {
    let a = String::from("crab");
    let b = "crab".to_string();
    let c = "crab".to_owned();
    let d: String = "crab".into();

    println!("{} {} {} {}", a, b, c, d);
    println!("all equal: {}", a == b && b == c && c == d);

    // to_string works on anything that implements Display.
    let n = 42.to_string();
    let pi = 3.5_f64.to_string();
    let flag = true.to_string();
    let ch = 'z'.to_string();
    println!("{} | {} | {} | {}", n, pi, flag, ch);
    println!("lengths: {} {} {} {}", n.len(), pi.len(), flag.len(), ch.len());

    let empty = String::new();
    println!("empty? {} len={}", empty.is_empty(), empty.len());
}
