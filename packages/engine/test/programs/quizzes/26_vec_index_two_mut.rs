fn main() {
    let mut v = vec![1, 2, 3];
    let x = &mut v[0];
    let y = &mut v[1];
    *y += 1;
    *x += 1;
    println!("{:?}", v);
}
