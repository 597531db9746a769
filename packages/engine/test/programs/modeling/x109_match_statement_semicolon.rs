fn main() {
    let mut v = vec![1, 2, 3];
    match v.len() { 0 => v.pop(), _ => v.pop(), };
    if v.is_empty() { v.pop() } else { None };
    println!("{:?}", v);
}
