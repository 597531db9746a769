fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}
fn main() {
    let mut v = Vec::new();
    add(&mut v, 1);
    add(&mut v, 2);
    let r = &mut v;
    add(r, 3);
    add(r, 4);
    println!("{:?}", v);
}
