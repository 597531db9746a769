fn main() {
    let mut v = vec![10usize, 20];
    v.insert(0, v.len());
    v.insert(v.len(), 99);
    println!("{:?}", v);
}
