fn main() {
    let mut v = vec![1usize, 2, 3];
    let m = &mut v;
    let n = v.len();
    m.push(n);
    println!("{:?}", v);
}
