fn main() {
    let mut v = vec![1usize, 2, 3];
    v.push(v.len());
    v.push(v.len() * 10);
    println!("{:?}", v);
}
