fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    drop(v);
    println!("{}", first);
}
