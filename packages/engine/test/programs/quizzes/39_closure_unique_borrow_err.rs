fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    let r = &v;
    add(2);
    println!("{:?}", r);
}
