fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.swap(0, 3);
    let (a, b) = v.split_at_mut(2);
    std::mem::swap(&mut a[1], &mut b[0]);
    if let [x, .., y] = v.as_mut_slice() {
        *x *= 10;
        *y *= 10;
    }
    println!("{:?}", v);
}
