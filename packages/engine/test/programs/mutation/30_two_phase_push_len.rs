fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        // v.len() is evaluated before the mutable borrow for push becomes active
        v.push(v.len());
    }
    println!("{:?}", v);

    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    println!("{}", s);

    let mut total = vec![1, 2, 3];
    let extra = total[0] + total[2];
    total.push(extra);
    total[1] = total[0] * 10;
    println!("{:?}", total);
}
