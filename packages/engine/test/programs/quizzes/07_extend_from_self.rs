fn main() {
    let mut v = vec![1, 2, 3];
    v.extend_from_slice(&v);
    println!("{:?}", v);
}
