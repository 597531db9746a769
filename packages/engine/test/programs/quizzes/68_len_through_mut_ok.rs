fn main() {
    let mut v = vec![1usize, 2, 3];
    let m = &mut v;
    let n = m.len();
    m.push(n);
    let k = v.len();
    println!("{:?} {}", v, k);
}
