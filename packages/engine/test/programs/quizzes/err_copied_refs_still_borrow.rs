fn main() {
    let mut v: Vec<String> = vec![String::from("a")];
    let refs: Vec<&String> = v.iter().collect();
    let c: Vec<&String> = refs.iter().copied().collect();
    v.push(String::from("b"));
    println!("{:?}", c);
}
