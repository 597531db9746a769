fn main() {
    let mut v: Vec<&str> = vec!["a"];
    let first: &str = v.iter().copied().next().unwrap();
    v.push("b");
    println!("{:?} {}", first, v.len());
}
