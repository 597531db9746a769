// v.push(v.len()) compiles. Does the fully qualified form?
fn main() {
    let mut v: Vec<usize> = vec![7];
    Vec::push(&mut v, v.len());
    println!("{:?}", v);
}
