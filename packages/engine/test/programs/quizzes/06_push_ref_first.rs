fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let first = &v[0];
    v.push(first.clone());
    println!("{:?}", v);
}
