fn main() {
    let n = "5".parse().unwrap();
    if n > 3 { println!("big"); }
    let m: u64 = n;
    println!("{}", m);
    let k: i32 = "7".parse().unwrap();
    println!("{}", k > 3);
}
