fn main() {
    let mut v: Vec<&str> = vec!["a"];
    v.extend(["b", "c"].iter());
    println!("{:?}", v);
}
