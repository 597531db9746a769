// `v` is borrowed mutably by push AND immutably by len... in the same expression?
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    v.insert(0, v[v.len() - 1]);
    let mut s = String::from("abc");
    s.truncate(s.len() - 1);
    println!("{:?} {}", v, s);
}
