// Puzzle: the receiver is borrowed mutably, but the argument reads it. Allowed?
fn main() {
    let mut v: Vec<usize> = vec![10];

    v.push(v.len());
    v.push(v[0] + v[1]);
    v.insert(v.len() / 2, 99);
    println!("{:?}", v);

    v.truncate(v.len() - 1);
    println!("{:?}", v);

    let mut s = String::from("ab");
    s.push_str(&s.to_uppercase());
    println!("{}", s);
}
