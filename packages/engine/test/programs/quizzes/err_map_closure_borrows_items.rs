fn main() {
    let mut v = vec![String::from("a")];
    let lens: Vec<&str> = v.iter().map(|s| s.as_str()).collect();
    v.push(String::from("b"));
    println!("{:?}", lens);
}
