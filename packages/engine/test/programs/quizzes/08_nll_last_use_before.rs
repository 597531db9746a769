fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v[1];
    println!("r = {}", r);
    v.push(4);
    println!("{:?}", v);
}
